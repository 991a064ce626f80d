// npx tsx bench/replace.ts [--scale 100] [--mode replace|fresh|both]
//
// How long writing a plan takes, statement by statement (issue 28: replacing a plan):
// - replace: the synthetic plan of this scale written over the one the bench store holds (bench/.data, as
//   `npm run bench` leaves it), as `npm run import` replaces a changed plan: one transaction;
// - fresh: the same plan written into an empty store (a temporary folder, removed after);
// - both: fresh, then replace over it in the same temporary store: one compilation for both figures (a ×1000
//   plan takes many minutes to compile).
// Each statement's time is summed over its chunks. Same heap and page cache as the bench store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../src/db/connect.js';
import type { Db } from '../src/db/db.js';
import { applyGraphSchema } from '../src/db/graph-schema.js';
import { compileAll, listPlanFolders } from '../src/import/import-plans.js';
import { writePlanGraph } from '../src/import/write/write-plan-graph.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j.js';
import { benchStoreMemory, startBenchNeo4j, syntheticPlansDir } from './lib/run-bench.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100' },
    mode: { type: 'string', default: 'replace' },
  },
});
const scale = Number(values.scale);
const mode = values.mode;
if (!Number.isInteger(scale) || scale < 1)
  throw new Error(`--scale must be a whole number ≥ 1, got ${values.scale}`);
if (mode !== 'replace' && mode !== 'fresh' && mode !== 'both')
  throw new Error(`--mode must be replace, fresh or both, got ${mode}`);
const log = (line: string) => process.stderr.write(`${line}\n`);

const [compiled] = compileAll(listPlanFolders(syntheticPlansDir(scale, log)));
if (compiled === undefined) throw new Error('no plan compiled');
const freshDir = mode !== 'replace' ? mkdtempSync(join(tmpdir(), 'plan-graph-fresh-')) : undefined;
const neo4j =
  freshDir === undefined
    ? await startBenchNeo4j(scale, log)
    : await startEmbeddedNeo4j({ dataDir: freshDir, ...benchStoreMemory(scale), log });
const { driver, db } = await connect({ uri: neo4j.uri, timeoutMs: 30_000 });
try {
  await applyGraphSchema(db);
  let times = new Map<string, number>();
  const timed: Db = {
    ...db,
    writeTransaction: (work) =>
      db.writeTransaction((run) =>
        work(async (query, params) => {
          const started = Date.now();
          const rows = await run(query, params);
          times.set(query.name, (times.get(query.name) ?? 0) + Date.now() - started);
          return rows;
        }),
      ),
  };
  for (const write of mode === 'both' ? ['fresh', 'replace'] : [mode]) {
    times = new Map();
    const started = Date.now();
    await writePlanGraph(timed, compiled.graph);
    log(`${write} ×${scale}: ${seconds(Date.now() - started)} in all`);
    for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1])) log(`  ${name} ${seconds(ms)}`);
  }
} finally {
  await driver.close();
  await neo4j.stop();
  if (freshDir !== undefined) rmSync(freshDir, { recursive: true, force: true });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
