// npm run bench:plans [-- --shapes B1,B2.parts] [--cypher]
//
// What each system asks Neo4j for each bench shape at ×100, and what that costs Neo4j. Against the ×100 bench
// store (bench/.data, as `npm run bench -- --quick` leaves it; imported here when absent), each system answers
// the shape in this process over a driver that records every statement sent through it: ours through our real
// server (Apollo, our context, the compiled reads and the loaders), the peer through @neo4j/graphql's schema,
// the floor through its hand-written statement. Each recorded statement then runs again, with its parameters,
// under `PROFILE`: db hits and rows summed over every operator of its plan, and over the shape's statements.
// First runs are left out: each shape is answered once before the recorded answer (the peer reads Neo4j's
// version on its first request; our statement cache fills), and each statement is profiled twice, the second
// reported (Neo4j plans it on the first).
// Prints the markdown table and writes it into bench/README.md between the plans markers; with --shapes (groups
// or ids, as `npm run bench`), prints only. --cypher prints each statement and its figures too.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { connect } from '../src/db/connect.js';
import { importPlans, listPlanFolders } from '../src/import/import-plans.js';
import { fromRoot } from '../src/paths.js';
import { benchQueries } from './lib/bench-queries.js';
import { countingDriver, type SentStatement } from './lib/counting-driver.js';
import { inProcessSystems, type InProcessSystem } from './lib/round-trips.js';
import { parameters, startBenchNeo4j, syntheticPlansDir } from './lib/run-bench.js';
import { buildShapes } from './lib/shapes.js';

const { values } = parseArgs({
  options: {
    shapes: { type: 'string' },
    cypher: { type: 'boolean' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const SCALE = 100;
const SYSTEMS: readonly { readonly key: InProcessSystem; readonly name: string }[] = [
  { key: 'ours', name: 'plan-graph' },
  { key: 'theirs', name: '@neo4j/graphql' },
  { key: 'floor', name: 'floor' },
];

interface Cost {
  readonly dbHits: number;
  readonly rows: number;
}

const plansDir = syntheticPlansDir(SCALE, log);
const server = await startBenchNeo4j(SCALE, log);
try {
  const { driver, db } = await connect({ uri: server.uri, timeoutMs: 30_000 });
  try {
    await importPlans(db, listPlanFolders(plansDir));
    // The peer's indexes, as the bench creates them: its plans use them.
    await db.write(benchQueries.peerIndexIndustryName, {});
    await db.write(benchQueries.peerIndexPlatformName, {});
    await db.write(benchQueries.peerIndexPlatformNameFulltext, {});
    await db.write(benchQueries.indexesAwait, {});
    const only = values.shapes?.split(',');
    const shapes = buildShapes(await parameters(db, SCALE)).filter(
      (s) => only === undefined || only.includes(s.group) || only.includes(s.id),
    );
    if (shapes.length === 0) throw new Error(`no shape is ${only?.join(', ')}`);
    const [size] = await db.read(benchQueries.graphSize, {});

    const recorder = countingDriver(driver);
    const systems = await inProcessSystems(recorder.driver);
    const lines = ['| shape | system | statements | db hits | rows |', '|---|---|---|---|---|'];
    try {
      for (const shape of shapes) {
        for (const [i, system] of SYSTEMS.entries()) {
          const ask = async () => {
            const errors = await systems.ask(system.key, shape);
            if (errors.length > 0)
              throw new Error(`${system.name} ${shape.id}: ${JSON.stringify(errors).slice(0, 300)}`);
          };
          await ask();
          recorder.reset();
          await ask();
          const sent = [...recorder.sent()];
          let total: Cost = { dbHits: 0, rows: 0 };
          for (const statement of sent) {
            await profile(driver, statement);
            const cost = await profile(driver, statement);
            total = { dbHits: total.dbHits + cost.dbHits, rows: total.rows + cost.rows };
            if (values.cypher === true)
              process.stdout.write(
                `-- ${shape.id}, ${system.name}: ${cost.dbHits} db hits, ${cost.rows} rows; params ${JSON.stringify(statement.params)}\n${statement.text}\n\n`,
              );
          }
          lines.push(
            `| ${i === 0 ? `${shape.id} ${shape.title}` : ''} | ${system.name} | ${sent.length} | ${total.dbHits} | ${total.rows} |`,
          );
          log(
            `${shape.id} ${system.name}: ${sent.length} statements, ${total.dbHits} db hits, ${total.rows} rows`,
          );
        }
      }
    } finally {
      await systems.stop();
    }
    const table = lines.join('\n');
    process.stdout.write(`${table}\n`);
    if (only === undefined) {
      const meta = `Measured ${new Date().toISOString()} by \`npm run bench:plans\` on the ×${SCALE} store (${size?.entities ?? '?'} entities, ${size?.relationships ?? '?'} relationships), Neo4j ${await neo4jVersion(driver)}: the statements each system sends for one answer, recorded in-process after a first answer, each run again with \`PROFILE\` after a first run; db hits and rows are summed over every operator of each plan and over the shape's statements.`;
      writeReadme(`${meta}\n\n${table}`);
    }
  } finally {
    await driver.close();
  }
} finally {
  await server.stop();
}

/** A recorded statement run again under PROFILE with its parameters: its plan's db hits and rows, summed. */
async function profile(driver: Driver, statement: SentStatement): Promise<Cost> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    // The recorded text is data; the PROFILE keyword comes from cypher/bench/profile.cypher.
    const result = await session.run(`${benchQueries.profile.text}\n${statement.text}`, statement.params);
    const plan = result.summary.queryProfile;
    if (plan === false) throw new Error(`no profile for ${statement.text.slice(0, 80)}`);
    return sum(plan);
  } finally {
    await session.close();
  }
}

/** An operator of a profiled plan, as the driver gives it (`ResultSummary.queryProfile`). */
interface Operator {
  readonly dbHits: number | null;
  readonly rows: number | null;
  readonly children: readonly Operator[];
}

function sum(plan: Operator): Cost {
  return plan.children.map(sum).reduce((a, b) => ({ dbHits: a.dbHits + b.dbHits, rows: a.rows + b.rows }), {
    dbHits: plan.dbHits ?? 0,
    rows: plan.rows ?? 0,
  });
}

async function neo4jVersion(driver: Driver): Promise<string> {
  const info = await driver.getServerInfo();
  return info.agent?.replace(/^Neo4j\//, '') ?? '?';
}

function writeReadme(section: string): void {
  const readme = fromRoot('bench', 'README.md');
  const text = readFileSync(readme, 'utf8');
  const begin = '<!-- plans:begin -->';
  const end = '<!-- plans:end -->';
  if (!text.includes(begin) || !text.includes(end))
    throw new Error(`bench/README.md has no ${begin} … ${end}`);
  writeFileSync(
    readme,
    `${text.slice(0, text.indexOf(begin) + begin.length)}\n\n${section}\n\n${text.slice(text.indexOf(end))}`,
  );
  // The README is committed, and `npm test` checks its formatting.
  execFileSync('npx', ['prettier', '--write', readme], { cwd: fromRoot(), stdio: 'ignore' });
}
