import { readConfig } from '../config.js';
import { createContext } from '../graphql/context.js';
import { createLogger } from '../logger.js';
import { createServer } from '../graphql/create-server.js';
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
  const database = await openCliDatabase(config, logger, env, 'query');
  const server = createServer({ logger, introspection: config.introspection, production: config.production });
  try {
    await warnWhenNoPlan(database.db);
    await server.start();
    const response = await server.executeOperation(request, { contextValue: createContext(database.db) });
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
