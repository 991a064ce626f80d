import {
  connectionErrorReason,
  DatabaseUnreachableError,
  isPermanentConnectionError,
} from './connection-error.js';
import { DeadlineExceededError, type Db } from './db.js';
import { queries } from './queries.js';
import type { Logger } from '../logger.js';

export interface WaitOptions {
  readonly uri: string;
  /** Give up after this long; 0 waits for ever (a permanent error such as bad credentials still ends it). */
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
  const giveUpAt = timeoutMs > 0 ? started + timeoutMs : Number.POSITIVE_INFINITY;
  const waiting =
    timeoutMs > 0
      ? `for up to ${timeoutMs / 1000} s (NEO4J_CONNECT_TIMEOUT_MS; 0 waits for ever)`
      : 'until it answers (/readyz answers 503 meanwhile)';
  // The last thing Neo4j (or the network) said: an attempt cut short by the wait's own end says nothing new.
  let lastReason: string | undefined;
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Each attempt retries by itself for a few seconds; it must not carry the wait past the time given.
      await db.until(Math.min(Date.now() + 5_000, giveUpAt)).read(queries.ping, {});
      if (attempt > 1) logger.info(`Neo4j at ${uri} answers now`);
      return;
    } catch (error) {
      if (!(error instanceof DeadlineExceededError) || lastReason === undefined)
        lastReason = connectionErrorReason(error);
      const reason = lastReason;
      if (isPermanentConnectionError(error)) throw new DatabaseUnreachableError(uri, reason);
      if (Date.now() + intervalMs >= giveUpAt) {
        throw new DatabaseUnreachableError(uri, `no answer within ${timeoutMs / 1000} s (${reason})`);
      }
      if (attempt === 1 || attempt % 10 === 0)
        logger.warn(`Waiting for Neo4j at ${uri} ${waiting}: ${reason}`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
