import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { compilePlanFolder } from '../../src/import/compile/compile-plan.js';
import { fromRoot } from '../../src/paths.js';

/**
 * Compiles a copy of the zhuji-2021 folder with one of its files changed by `edit` (no Neo4j). Call at the top
 * level of a test file: the copies are removed after its tests.
 */
export function useEditedPlan(): (
  file: string,
  edit: (text: string) => string,
) => ReturnType<typeof compilePlanFolder> {
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });
  return (file, edit) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-graph-edited-')), 'zhuji-2021');
    copies.push(dirname(dir));
    cpSync(fromRoot('data', 'plans', 'zhuji-2021'), dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return compilePlanFolder(dir);
  };
}
