import { afterAll, beforeAll } from 'vitest';
import type { Connection } from '../../src/db/connect.js';
import { countingDb, type CountingDb } from './counting-db.js';
import { createTestServer } from './execute.js';
import { connectToTestNeo4j } from './test-neo4j.js';

/**
 * For a test file: a started server over a counting Db on the suite's Neo4j, torn down afterwards. With
 * `compiledReads: false`, every read goes through the DataLoaders (the path for what does not compile).
 */
export function useApi({ compiledReads = true }: { compiledReads?: boolean } = {}) {
  const api = {} as {
    db: CountingDb;
    execute: Awaited<ReturnType<typeof createTestServer>>['execute'];
  };
  let connection: Connection;
  let server: Awaited<ReturnType<typeof createTestServer>>;
  beforeAll(async () => {
    connection = await connectToTestNeo4j();
    api.db = countingDb(connection.db);
    server = await createTestServer(api.db, { compiledReads });
    api.execute = server.execute;
  });
  afterAll(async () => {
    await server.stop();
    await connection.driver.close();
  });
  return api;
}
