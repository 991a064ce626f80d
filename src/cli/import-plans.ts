import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { graphDigest } from '../import/graph-digest.js';
import { compileAll, importPlans, listPlanFolders } from '../import/import-plans.js';
import { DatasetError } from '../import/problems.js';
import { createLogger } from '../logger.js';
import { fromRoot } from '../paths.js';

const USAGE = `usage: npm run import -- [--force] [--check] [<plan folder> ...]
  Validates the plan folders (default: every folder in data/plans), then writes each changed plan to Neo4j
  (NEO4J_URI, or the embedded one in .data/neo4j) in one transaction.
  --check  validate only; touch no database
  --force  rewrite plans even when their dataset is unchanged`;

// `npm run import`: exit 0 when imported or unchanged, 1 on a database failure, 2 on bad input.
const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean' } },
  allowPositionals: true,
  strict: false,
});
if (values['help'] === true) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const unknown = Object.keys(values).filter((flag) => !['force', 'check', 'help'].includes(flag));
if (unknown.length > 0) {
  process.stderr.write(`unknown option --${unknown.join(', --')}\n${USAGE}\n`);
  process.exit(2);
}
const dirs = positionals.length > 0 ? positionals : listPlanFolders(fromRoot('data', 'plans'));

try {
  if (values['check'] === true) {
    for (const { graph } of compileAll(dirs)) {
      process.stdout.write(
        `${graph.planId}: valid (${graph.entities.length} entities, ${graph.relations.length} relationships)\n`,
      );
    }
  } else {
    const config = readConfig(process.env);
    const logger = createLogger(config.logLevel);
    compileAll(dirs); // Bad input fails here, before any database is started.
    const database = await openDatabase(config, logger, process.env);
    try {
      const pause = config.faultPauseBeforeCommitMs;
      const results = await importPlans(database.db, dirs, {
        force: values['force'] === true,
        ...(pause > 0
          ? {
              beforeCommit: async () => {
                process.stdout.write(`paused before commit for ${pause} ms\n`);
                await new Promise((resolve) => setTimeout(resolve, pause));
              },
            }
          : {}),
      });
      for (const result of results) {
        const digest = await graphDigest(database.db, result.planId);
        process.stdout.write(`${result.planId}: ${result.status}; graph digest ${digest.hash}\n`);
        for (const [key, n] of Object.entries(digest.counts))
          process.stdout.write(`  ${key.padEnd(28)} ${n}\n`);
      }
    } finally {
      await database.close();
    }
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof DatasetError ? 2 : 1);
}
