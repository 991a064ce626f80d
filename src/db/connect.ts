import type { Driver } from 'neo4j-driver';
import { createDb, type Db } from './db.js';
import { createDriver, type DriverOptions } from './driver.js';
import { waitForDatabase } from './wait-for-database.js';
import type { Logger } from '../logger.js';

export interface Connection {
  readonly driver: Driver;
  readonly db: Db;
}

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * Opens a driver and proves it with a query through the `Db` layer, waiting up to `timeoutMs` (0: for ever) for
 * Neo4j to answer. On failure the driver is closed and a DatabaseUnreachableError names the URI.
 */
export async function connect(
  options: DriverOptions & { database?: string | undefined; timeoutMs: number; logger?: Logger },
): Promise<Connection> {
  const driver = createDriver(options);
  const db = createDb(driver, options.database);
  try {
    await waitForDatabase(db, {
      uri: options.uri,
      timeoutMs: options.timeoutMs,
      logger: options.logger ?? quiet,
    });
    return { driver, db };
  } catch (error) {
    // Note: close() is not awaited past a short grace; a driver stuck on a dead host must not delay the exit.
    await Promise.race([driver.close(), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    throw error;
  }
}
