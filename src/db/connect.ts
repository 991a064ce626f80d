import type { Driver } from 'neo4j-driver';
import { createDb, type Db } from './db.js';
import { createDriver, type DriverOptions } from './driver.js';
import { queries } from './queries.js';

/** Neo4j did not answer at start-up; the message names the URI and the reason. */
export class DatabaseUnreachableError extends Error {
  constructor(uri: string, reason: string) {
    super(`Cannot reach Neo4j at ${uri}: ${reason}`);
    this.name = 'DatabaseUnreachableError';
  }
}

export interface Connection {
  readonly driver: Driver;
  readonly db: Db;
}

/**
 * Opens a driver and proves it with one query through the `Db` layer, within `timeoutMs`. On failure the
 * driver is closed and a DatabaseUnreachableError names the URI.
 */
export async function connect(
  options: DriverOptions & { database?: string | undefined; timeoutMs: number },
): Promise<Connection> {
  const driver = createDriver(options);
  const db = createDb(driver, options.database);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.read(queries.ping, {}),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`no answer within ${options.timeoutMs / 1000} s`));
        }, options.timeoutMs);
      }),
    ]);
    return { driver, db };
  } catch (error) {
    // Note: close() is not awaited past a short grace; a driver stuck on a dead host must not delay the exit.
    await Promise.race([driver.close(), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    throw new DatabaseUnreachableError(options.uri, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
