// npx tsx bench/search-variants.ts [--rounds 5] [--requests 200] [--scale 100]
//
// What the lower bands of search cost: the B5 texts (and the everyday queries of issue 13) asked with
// `variants: false` (the literal and word matches, the statements search ran before the bands) and with the
// default `variants: true`, alternating in each round, in one process against one embedded Neo4j holding the
// real plan, or with --scale the synthetic plan ×scale and the bench's B5 texts for it. Prints per text the
// median ms per request of each and the ratio, with its range over the rounds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { connect } from '../src/db/connect.js';
import { createContext } from '../src/graphql/context.js';
import { createServer } from '../src/graphql/create-server.js';
import { importPlans, listPlanFolders } from '../src/import/import-plans.js';
import { createLogger } from '../src/logger.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j.js';
import { fromRoot } from '../src/paths.js';
import { median } from './lib/stats.js';
import { writeSyntheticPlan } from './lib/synthetic-plan.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '200' },
    scale: { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
const requests = Number(values.requests);
const scale = Number(values.scale);
const TEXTS =
  scale === 1
    ? ['港', '飞地', '服务平台', '家燕回巢计划', 'G60创新港', '精密制造']
    : ['港', '孵化', '智能孵化', '智能孵化平台'];
const QUERY =
  'query ($text: String!, $variants: Boolean) { search(text: $text, kinds: [PLATFORM], first: 100, variants: $variants) { entity { name } how } }';

const dataDir = mkdtempSync(join(tmpdir(), 'plan-graph-search-'));
const neo4j = await startEmbeddedNeo4j({ dataDir, heap: '1g', pageCache: '256m', log: () => undefined });
try {
  const { driver, db } = await connect({ uri: neo4j.uri, timeoutMs: 30_000 });
  let plansDir = fromRoot('data', 'plans');
  if (scale !== 1) {
    plansDir = join(dataDir, 'plans');
    writeSyntheticPlan(plansDir, scale);
  }
  await importPlans(db, listPlanFolders(plansDir));
  const server = createServer({ logger: createLogger('error') });
  await server.start();
  const ask = async (text: string, variants: boolean) => {
    const response = await server.executeOperation(
      { query: QUERY, variables: { text, variants } },
      { contextValue: createContext(db) },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors)
      throw new Error(`search failed for ${text}`);
  };
  const timed = async (text: string, variants: boolean) => {
    const start = performance.now();
    for (let i = 0; i < requests; i++) await ask(text, variants);
    return (performance.now() - start) / requests;
  };
  // Warm plans and JIT for both forms first.
  for (const text of TEXTS) for (const variants of [false, true]) await timed(text, variants);
  process.stdout.write(`text | literal ms | variants ms | ratio (median, range over ${rounds} rounds)\n`);
  for (const text of TEXTS) {
    const literal: number[] = [];
    const loose: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first, so drift favours neither.
      const order = r % 2 === 0 ? [false, true] : [true, false];
      for (const variants of order) (variants ? loose : literal).push(await timed(text, variants));
    }
    const ratios = literal.map((l, i) => (loose[i] ?? 0) / l);
    process.stdout.write(
      `${text} | ${median(literal).toFixed(2)} | ${median(loose).toFixed(2)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})\n`,
    );
  }
  await server.stop();
  await driver.close();
} finally {
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
