import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { Connection } from '../../src/db/connect.js';
import { createHttpServer } from '../../src/http/create-http-server.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type ServerOptions } from '../../src/graphql/create-server.js';
import { countingDb, type CountingDb } from './counting-db.js';
import { TEST_DEADLINE_MS } from './test-deadline.js';
import { connectToTestNeo4j } from './test-neo4j.js';

export interface HttpApi {
  readonly db: CountingDb;
  readonly url: string;
  /** POSTs a GraphQL request as JSON; `raw` sends that body text as is. */
  post(
    body: { query: string; variables?: unknown } | unknown[] | { raw: string },
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string; json: () => unknown }>;
}

/**
 * For a test file: the app's real HTTP stack (limits, body limit, CSRF, error masking) over a Db that counts
 * every statement, on the suite's Neo4j, with no response cache: every request reaches the resolvers.
 */
export function useHttpApi(
  options: Partial<Omit<ServerOptions, 'logger'>> & { deadlineMs?: number } = {},
): HttpApi {
  const api = {} as { db: CountingDb; url: string };
  let connection: Connection;
  let close: () => Promise<void>;
  beforeAll(async () => {
    connection = await connectToTestNeo4j();
    api.db = countingDb(connection.db);
    const logger = createLogger('error');
    const { deadlineMs, ...serverOptions } = options;
    const apollo = createServer({ logger, ...serverOptions });
    await apollo.start();
    const server = createHttpServer({
      apollo,
      db: api.db,
      logger,
      deadlineMs: deadlineMs ?? TEST_DEADLINE_MS,
      graphiql: serverOptions.introspection !== false,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    close = async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    };
  });
  afterAll(async () => {
    await close();
    await connection.driver.close();
  });
  return {
    get db() {
      return api.db;
    },
    get url() {
      return api.url;
    },
    post: async (body, headers = {}) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: 'raw' in body ? body.raw : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, text, json: () => JSON.parse(text) as unknown };
    },
  };
}
