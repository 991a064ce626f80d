import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../src/db/connect.js';
import { loadOperation } from '../../src/graphql/type-defs.js';
import { importPlans, listPlanFolders } from '../../src/import/import-plans.js';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded-neo4j.js';
import { fromRoot } from '../../src/paths.js';
import { startSystem, type RunningSystem } from './systems.js';

// The research questions of the README and Sandbox (schema/operations/questions.graphql), one request each.
const QUESTIONS = loadOperation('questions');
export const QUESTION_BODIES: readonly string[] = [...QUESTIONS.matchAll(/^query (\w+)/gm)].map(
  ([, operationName]) => JSON.stringify({ query: QUESTIONS, operationName }),
);

/** The same questions as autocannon requests, each answer checked by `onResponse`. */
export function questionRequests(onResponse?: (status: number, body: string) => void) {
  return QUESTION_BODIES.map((body) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body,
    ...(onResponse === undefined ? {} : { onResponse }),
  }));
}

/** Whether an answer is a failure: not 200, or a 200 carrying GraphQL errors or no data. */
export function failedAnswer(status: number, body: string): boolean {
  return status !== 200 || body.includes('"errors"') || !body.includes('"data"');
}

export interface RealPlanServer {
  readonly url: string;
  readonly system: RunningSystem;
  readonly stop: () => Promise<void>;
}

/**
 * A Neo4j of its own with the real plan imported, and the compiled server (`NODE_ENV=production`) over it, with
 * or without its response cache: what `npm run load` and `npm run soak` put under load.
 */
export async function startRealPlanServer(
  cached: boolean,
  log: (line: string) => void,
): Promise<RealPlanServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plan-graph-load-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, heap: '1g', pageCache: '256m', log });
  const stopNeo4j = async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const { driver, db } = await connect({ uri: neo4j.uri, timeoutMs: 30_000 });
    await importPlans(db, listPlanFolders(fromRoot('data', 'plans')));
    await driver.close();
    // The server only: the explorer's bundle plays no part in the load.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: fromRoot(), stdio: 'ignore' });
    const system = await startSystem(cached ? 'plan-graph cached' : 'plan-graph', {
      neo4jUri: neo4j.uri,
      plansDir: fromRoot('data', 'plans'),
    });
    return {
      url: system.request({} as never).url,
      system,
      stop: async () => {
        await system.stop();
        await stopNeo4j();
      },
    };
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}
