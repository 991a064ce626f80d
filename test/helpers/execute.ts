import type { ApolloServer } from '@apollo/server';
import { createContext } from '../../src/graphql/context.js';
import type { Context } from '../../src/read/context.js';
import type { Db } from '../../src/db/db.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/graphql/create-server.js';
import { TEST_DEADLINE_MS } from './test-deadline.js';

export interface Execution {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly unknown[];
}

/** A started Apollo server whose every operation gets fresh loaders over `db`, like a real request. */
export async function createTestServer(db: Db, { compiledReads = true }: { compiledReads?: boolean } = {}) {
  const server: ApolloServer<Context> = createServer({ logger: createLogger('error') });
  await server.start();
  const execute = async (
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ): Promise<Execution> => {
    const response = await server.executeOperation(
      { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) },
      { contextValue: createContext(db, { deadlineMs: TEST_DEADLINE_MS, compiledReads }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return JSON.parse(JSON.stringify({ data, ...(errors ? { errors } : {}) })) as Execution;
  };
  return { server, execute, stop: () => server.stop() };
}

/** The execution with each error's `locations` left out: a field's error is asserted by its path. */
export function withoutLocations(execution: Execution): Execution {
  if (execution.errors === undefined) return execution;
  return {
    ...execution,
    errors: execution.errors.map((error) => {
      const { locations: _locations, ...rest } = error as { locations?: unknown };
      return rest;
    }),
  };
}
