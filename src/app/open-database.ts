import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedNeo4j } from '../neo4j/embedded-neo4j.js';
import { QUICK_START_FLAGS } from '../neo4j/jvm-flags.js';
import { connect, type Connection } from '../db/connect.js';
import { createDb } from '../db/db.js';
import { createDriver } from '../db/driver.js';

export interface OpenDatabase extends Connection {
  readonly uri: string;
  /** The embedded JVM's pid, when this started one. */
  readonly neo4jPid?: number;
  /** Closes the driver, then stops the embedded Neo4j if this started one. */
  readonly close: () => Promise<void>;
}

/**
 * The database the config names: NEO4J_URI (a driver only: that server may not be up yet, and the app waits
 * for it while serving /healthz), or the embedded Neo4j started here and proven with a query.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  env: NodeJS.ProcessEnv,
  purpose: string,
  { signal, quickStart = false }: { signal?: AbortSignal; quickStart?: boolean } = {},
): Promise<OpenDatabase> {
  const pool = { maxPoolSize: config.pool.maxSize, acquisitionTimeoutMs: config.pool.acquisitionTimeoutMs };
  if (config.neo4j !== undefined) {
    const driver = createDriver({ ...config.neo4j, ...pool });
    const db = createDb(driver, config.neo4j.database);
    return { driver, db, uri: config.neo4j.uri, close: () => driver.close() };
  }
  const embedded = await startEmbeddedNeo4j({
    ...config.embedded,
    env,
    purpose,
    ...(quickStart ? { jvmFlags: QUICK_START_FLAGS } : {}),
    ...(signal === undefined ? {} : { signal }),
    log: (line) => {
      logger.info(line);
    },
  });
  try {
    // Naming the database saves the driver a round trip to resolve the home database.
    const connection = await connect({
      uri: embedded.uri,
      ...pool,
      database: 'neo4j',
      // The embedded server has just said READY; a query that still does not answer is a failure.
      timeoutMs: 30_000,
    });
    return {
      ...connection,
      uri: embedded.uri,
      neo4jPid: embedded.pid,
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
