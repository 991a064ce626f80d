import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run layers` (in `npm test`) holds src/ to .dependency-cruiser.cjs; this holds the rules themselves to what
// they promise, on a small tree of their own: a wrong rule would pass the real tree too.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

const tree = mkdtempSync(join(tmpdir(), 'plan-graph-layers-'));
const files: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext" } }',
  'src/domain/models.ts': 'export const model = 1;\n',
  'src/db/queries.ts': "import { model } from '../domain/models.js';\nexport const query = model;\n",
  'src/loaders/index.ts': "import { query } from '../db/queries.js';\nexport const loader = query;\n",
  'src/graphql/errors.ts': 'export const error = 1;\n',
  'src/import/write.ts': 'export const write = 1;\n',
  // Upward (read sits below graphql) and sideways (read and import are side by side).
  'src/read/names.ts':
    "import { loader } from '../loaders/index.js';\nimport { error } from '../graphql/errors.js';\n" +
    "import { write } from '../import/write.js';\nexport const names = [loader, error, write];\n",
  // A cycle inside one folder.
  'src/domain/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/domain/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(tree, path)), { recursive: true });
  writeFileSync(join(tree, path), text);
}
afterAll(() => {
  rmSync(tree, { recursive: true, force: true });
});

async function violations(): Promise<string[]> {
  const { output } = await cruise(
    ['src'],
    { ...config.options, ruleSet: { forbidden: config.forbidden ?? [] }, baseDir: tree, validate: true },
    undefined,
    { tsConfig: { fileName: join(tree, 'tsconfig.json') } },
  );
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the layering rules', () => {
  it('refuse an upward import, a sideways one and a cycle, and allow every downward one', async () => {
    expect((await violations()).sort()).toEqual([
      'no-circular: src/domain/a.ts → src/domain/b.ts',
      'up-from-read: src/read/names.ts → src/graphql/errors.ts',
      'up-from-read: src/read/names.ts → src/import/write.ts',
    ]);
  });
});
