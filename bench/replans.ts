// npx tsx bench/replans.ts [--rounds 3]
//
// What a new mix of given and left-out arguments costs the first time it is asked. Neo4j keys each cached plan on
// the types of a statement's parameters (null is a type of its own); our read statements take them inside one
// map, `$args` (src/db/cypher-file.ts), so one plan serves every mix. This asks the same ten GraphQL requests
// (search, path and neighbourhood, each with arguments given and left out) of two servers over one Neo4j, the
// production JVM (`npm start`'s) holding the real plan:
// - `$args`: the statements as the app sends them;
// - by name: the same statements with every parameter by name, as before.
// Each round marks every statement with its own comment, so both start with nothing cached; the variants take
// turns; a first round warms the JVM, uncounted. Prints each round's time for the ten requests and Neo4j's
// compile time (db.stats), then the medians.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../src/db/connect.js';
import { cypherText, type Query } from '../src/db/cypher-file.js';
import type { Db } from '../src/db/db.js';
import { createContext } from '../src/graphql/context.js';
import { createServer } from '../src/graphql/create-server.js';
import { importPlans, listPlanFolders } from '../src/import/import-plans.js';
import { createLogger } from '../src/logger.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j.js';
import { fromRoot } from '../src/paths.js';
import { benchQueries } from './lib/bench-queries.js';
import { median } from './lib/stats.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1`);

const REQUESTS = [
  '{ search(text: "珍珠") { entity { name } } }',
  '{ search(text: "珍珠", kinds: [INDUSTRY]) { entity { name } } }',
  '{ search(text: "珍珠", plan: "zhuji-2021") { entity { name } } }',
  '{ search(text: "珍珠", kinds: [INDUSTRY, PLATFORM], plan: "zhuji-2021") { entity { name } } }',
  '{ search(text: "珍珠", variants: false) { entity { name } } }',
  '{ path(from: "诸暨英才计划", to: "精密制造") { length } }',
  '{ path(from: "诸暨英才计划", to: "精密制造", plan: "zhuji-2021") { length } }',
  '{ path(from: "诸暨英才计划", to: "精密制造", basis: [STATED]) { length } }',
  '{ neighborhood(name: "高技能人才") { nodes { name } } }',
  '{ neighborhood(name: "高技能人才", plan: "zhuji-2021", basis: [STATED, HEADING]) { nodes { name } } }',
];
const VARIANTS = ['$args', 'by name'] as const;
type Variant = (typeof VARIANTS)[number];

/** `db` with every statement marked (a plan of its own) and, for `by name`, taking its parameters by name. */
function marked(db: Db, marker: string, variant: Variant): Db {
  const rewrite = <P, R>(query: Query<P, R>): Query<P, R> => {
    const byName = variant === 'by name' && query.byName !== undefined;
    const text = `${byName ? cypherText(query.name) : query.text}\n// ${marker}`;
    return byName ? { name: query.name, text } : { ...query, text };
  };
  return {
    read: (query, params) => db.read(rewrite(query), params),
    write: (query, params) => db.write(rewrite(query), params),
    writeTransaction: (work) =>
      db.writeTransaction((run) => work((query, params) => run(rewrite(query), params))),
    until: (at) => marked(db.until(at), marker, variant),
    poolExhaustedAt: () => db.poolExhaustedAt(),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'plan-graph-replans-'));
const neo4j = await startEmbeddedNeo4j({ dataDir, log: () => undefined });
const figures: Record<Variant, { ms: number[]; compileMs: number[] }> = {
  $args: { ms: [], compileMs: [] },
  'by name': { ms: [], compileMs: [] },
};
try {
  const { driver, db } = await connect({ uri: neo4j.uri, timeoutMs: 30_000 });
  try {
    await importPlans(db, listPlanFolders(fromRoot('data', 'plans')));
    const apollo = createServer({ logger: createLogger('error') });
    await apollo.start();
    // Round 0 warms the JVM (the first variant asked would pay for it) and is not counted.
    for (let round = 0; round <= rounds; round++) {
      const order = round % 2 === 1 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        const marker = `replans round ${round} ${variant}`;
        const requestDb = marked(db, marker, variant);
        await db.write(benchQueries.queryStatsCollect, { seconds: 600 });
        const started = performance.now();
        for (const query of REQUESTS) {
          const response = await apollo.executeOperation(
            { query },
            { contextValue: createContext(requestDb) },
          );
          if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined)
            throw new Error(`${query}: ${JSON.stringify(response.body)}`);
        }
        const ms = performance.now() - started;
        const runs = await db.read(benchQueries.queryStatsRuns, { marker });
        await db.write(benchQueries.queryStatsStop, {});
        const compileMs = runs.reduce((sum, run) => sum + run.compileMicros, 0) / 1000;
        const statements = new Set(runs.map((run) => run.query)).size;
        if (round > 0) {
          figures[variant].ms.push(ms);
          figures[variant].compileMs.push(compileMs);
        }
        process.stdout.write(
          `round ${round === 0 ? '0 (warm-up)' : round} ${variant.padEnd(7)}: ${REQUESTS.length} requests in ${ms.toFixed(0)} ms, ` +
            `Neo4j compiling ${compileMs.toFixed(0)} ms over ${runs.length} runs of ${statements} statements\n`,
        );
      }
    }
    await apollo.stop();
  } finally {
    await driver.close();
  }
} finally {
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
const range = (xs: number[]) =>
  `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
for (const variant of VARIANTS)
  process.stdout.write(
    `${variant.padEnd(7)}: requests ${range(figures[variant].ms)} ms, compiling ${range(figures[variant].compileMs)} ms (medians, range)\n`,
  );
