import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { importPlans, listPlanFolders } from '../src/import/import-plans.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j.js';
import { fromRoot } from '../src/paths.js';
import type { TestNeo4j } from './helpers/test-neo4j.js';

/**
 * Starts a real Neo4j for the suite: the embedded one on a free port in a fresh temporary directory, or the
 * server named by NEO4J_URI. Prepares the graph (schema and plans) the way `npm start` does.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = readConfig(process.env);
  let target: TestNeo4j;
  let cleanup = async (): Promise<void> => {};
  if (config.neo4j === undefined) {
    const dataDir = mkdtempSync(join(tmpdir(), 'plan-graph-test-'));
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
    });
    target = { uri: neo4j.uri, dataDir };
    cleanup = async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    const { uri, username, password, database } = config.neo4j;
    target = { uri, username, password, ...(database === undefined ? {} : { database }) };
  }
  const { driver, db } = await connect({ ...target, timeoutMs: config.connectTimeoutMs || 30_000 });
  try {
    await importPlans(db, listPlanFolders(fromRoot('data', 'plans')));
  } finally {
    await driver.close();
  }
  project.provide('neo4j', target);
  return cleanup;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
