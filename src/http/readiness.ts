import type { Db } from '../db/db.js';
import { indexesNotOnline } from '../db/graph-schema.js';

/** `reason` is safe to show anyone; `detail` (the driver's message) is for the log only. */
export type Readiness =
  { readonly ready: true } | { readonly ready: false; readonly reason: string; readonly detail?: string };

// How long after a read last found the pool exhausted readiness still says so: long enough for a load balancer
// polling every few seconds to see it, short enough to come back soon after the load falls.
const POOL_EXHAUSTED_FOR_MS = 5_000;

/**
 * Ready when Neo4j answers within `timeoutMs` and every expected constraint and index is online, and no read has
 * found the connection pool exhausted in the last 5 s (a check of its own would only queue behind them).
 */
export async function checkReadiness(db: Db, timeoutMs: number): Promise<Readiness> {
  if (Date.now() - db.poolExhaustedAt() < POOL_EXHAUSTED_FOR_MS) {
    return { ready: false, reason: 'every database connection is busy' };
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const missing = await Promise.race([indexesNotOnline(db), timeout]);
    return missing.length === 0
      ? { ready: true }
      : { ready: false, reason: `indexes not online: ${missing.join(', ')}` };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ready: false, reason: 'database unreachable', detail };
  } finally {
    clearTimeout(timer);
  }
}
