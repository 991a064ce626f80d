import type { ApolloServer } from '@apollo/server';
import { readConfig, type Config } from '../config.js';
import type { createContext as CreateContext } from '../graphql/context.js';
import type { Context } from '../read/context.js';
import { createLogger, type Logger } from '../logger.js';
import { openCliDatabase, warnWhenNoPlan } from './open-cli-database.js';
import { EXIT } from './run-command.js';

export interface QueryRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

/**
 * Runs one operation through the real schema (limits, per-request deadline, error masking) against the
 * configured Neo4j, prints the result as pretty JSON on stdout, and resolves with 0, or 1 when it has errors.
 */
export async function runQuery(request: QueryRequest, env: NodeJS.ProcessEnv): Promise<number> {
  const config = readConfig(env);
  const logger = createLogger(config.logLevel);
  // An embedded Neo4j takes seconds to start: the GraphQL modules load and the server starts meanwhile.
  const [opened, started] = await Promise.allSettled([
    openCliDatabase(config, logger, env, 'query'),
    startServer(config, logger),
  ]);
  if (opened.status === 'rejected' || started.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.server.stop();
    if (opened.status === 'fulfilled') await opened.value.close();
    throw opened.status === 'rejected' ? opened.reason : (started as PromiseRejectedResult).reason;
  }
  const database = opened.value;
  const { server, createContext } = started.value;
  try {
    // Note: side by side, as each is a statement Neo4j plans cold (about half a second) on its own core.
    const [, response] = await Promise.all([
      warnWhenNoPlan(database.db),
      server.executeOperation(request, { contextValue: createContext(database.db) }),
    ]);
    if (response.body.kind !== 'single') throw new Error('An incremental (@defer) result cannot be printed.');
    const { errors, data, extensions } = response.body.singleResult;
    const result = {
      ...(errors ? { errors } : {}),
      ...(data === undefined ? {} : { data }),
      ...(extensions ? { extensions } : {}),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return errors && errors.length > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    await server.stop();
    await database.close();
  }
}

async function startServer(
  config: Config,
  logger: Logger,
): Promise<{ server: ApolloServer<Context>; createContext: typeof CreateContext }> {
  const [{ createServer }, { createContext }] = await Promise.all([
    import('../graphql/create-server.js'),
    import('../graphql/context.js'),
  ]);
  const server = createServer({ logger, introspection: config.introspection, production: config.production });
  await server.start();
  return { server, createContext };
}
