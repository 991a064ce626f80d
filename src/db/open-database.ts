import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedNeo4j } from '../neo4j/embedded-neo4j.js';
import { connect, type Connection } from './connect.js';

export interface OpenDatabase extends Connection {
  readonly uri: string;
  /** Closes the driver, then stops the embedded Neo4j if this started one. */
  readonly close: () => Promise<void>;
}

/** The database the config names: NEO4J_URI, or the embedded Neo4j started here. */
export async function openDatabase(
  config: Config,
  logger: Logger,
  env: NodeJS.ProcessEnv,
): Promise<OpenDatabase> {
  if (config.neo4j !== undefined) {
    const connection = await connect({ ...config.neo4j, timeoutMs: config.connectTimeoutMs });
    logger.info(`Connected to Neo4j at ${config.neo4j.uri}`);
    return { ...connection, uri: config.neo4j.uri, close: () => connection.driver.close() };
  }
  const embedded = await startEmbeddedNeo4j({
    ...config.embedded,
    env,
    log: (line) => {
      logger.info(line);
    },
  });
  try {
    // Naming the database saves the driver a round trip to resolve the home database.
    const connection = await connect({
      uri: embedded.uri,
      database: 'neo4j',
      timeoutMs: config.connectTimeoutMs,
    });
    return {
      ...connection,
      uri: embedded.uri,
      close: async () => {
        await connection.driver.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
