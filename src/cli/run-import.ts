import { readConfig } from '../config.js';
import type { Db } from '../db/db.js';
import { graphDigest } from '../import/write/graph-digest.js';
import { compileAll, importPlans, listPlanFolders } from '../import/import-plans.js';
import { DatasetError } from '../import/compile/problems.js';
import { removePlan } from '../import/write/remove-plan.js';
import { queries } from '../db/queries.js';
import { createLogger } from '../logger.js';
import { fromRoot } from '../paths.js';
import { openCliDatabase } from './open-cli-database.js';
import { EXIT } from './run-command.js';

export interface ImportRequest {
  /** Plan folders; empty: every folder in data/plans. */
  readonly dirs: readonly string[];
  /** Validate only, touching no database. */
  readonly check: boolean;
  readonly force: boolean;
}

/**
 * Validates the folders, then (unless `check`) imports them into the configured Neo4j and prints each plan's
 * status, digest and counts. Resolves with 0, or 2 on a DatasetError (every problem on stderr, nothing
 * written); a database failure rejects.
 */
export async function runImport(request: ImportRequest, env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const dirs = request.dirs.length > 0 ? request.dirs : listPlanFolders(fromRoot('data', 'plans'));
    if (request.check) {
      for (const { graph } of compileAll(dirs)) {
        process.stdout.write(
          `${graph.planId}: valid (${graph.entities.length} entities, ${graph.relations.length} relationships)\n`,
        );
      }
      return EXIT.ok;
    }
    const config = readConfig(env);
    const logger = createLogger(config.logLevel);
    compileAll(dirs); // Bad input fails here, before any database is started.
    const database = await openCliDatabase(config, logger, env, 'import');
    try {
      await write(database.db, dirs, { force: request.force, pause: config.faultPauseBeforeCommitMs });
    } finally {
      await database.close();
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT.usage;
  }
}

/** Imports, then prints each plan's status, digest and counts. */
async function write(
  db: Db,
  dirs: readonly string[],
  { force, pause }: { force: boolean; pause: number },
): Promise<void> {
  const results = await importPlans(db, dirs, {
    force,
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
    const digest = await graphDigest(db, result.planId);
    process.stdout.write(`${result.planId}: ${result.status}; graph digest ${digest.hash}\n`);
    for (const [key, n] of Object.entries(digest.counts)) process.stdout.write(`  ${key.padEnd(28)} ${n}\n`);
  }
}

/** Removes one plan from the configured Neo4j. Resolves with 0, or 1 when the graph holds no such plan. */
export async function runRemove(planId: string, env: NodeJS.ProcessEnv): Promise<number> {
  const config = readConfig(env);
  const database = await openCliDatabase(config, createLogger(config.logLevel), env, 'remove');
  try {
    if ((await database.db.read(queries.plansByIds, { ids: [planId] })).length === 0) {
      process.stderr.write(`plan-graph: the graph holds no plan "${planId}"; nothing was removed\n`);
      return EXIT.failure;
    }
    await removePlan(database.db, planId);
    process.stdout.write(`${planId}: removed\n`);
    return EXIT.ok;
  } finally {
    await database.close();
  }
}
