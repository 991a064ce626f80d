import { DatabaseUnreachableError } from './connect.js';
import type { Db } from './db.js';
import { queries } from './queries.js';
import type { Logger } from '../logger.js';

export interface WaitOptions {
  readonly uri: string;
  /** Give up after this long; 0 waits for ever. */
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** Pause between attempts; each attempt itself retries for a few seconds. */
  readonly intervalMs?: number;
}

/**
 * Resolves once Neo4j answers a query. A server that starts before its database (a container, a cluster
 * rolling over) waits here, logging now and then, instead of crashing into a restart loop.
 */
export async function waitForDatabase(db: Db, options: WaitOptions): Promise<void> {
  const { uri, timeoutMs, logger, intervalMs = 500 } = options;
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.until(Date.now() + 5_000).read(queries.ping, {});
      if (attempt > 1) logger.info(`Neo4j at ${uri} answers now`);
      return;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      if (timeoutMs > 0 && Date.now() - started >= timeoutMs) throw new DatabaseUnreachableError(uri, reason);
      if (attempt === 1 || attempt % 10 === 0) {
        logger.warn(`Waiting for Neo4j at ${uri}: ${reason} (/readyz answers 503 until it answers)`);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
