import type { Db } from '../db/db.js';
import { indexesNotOnline } from '../db/graph-schema.js';

/** `reason` is safe to show anyone; `detail` (the driver's message) is for the log only. */
export type Readiness =
  { readonly ready: true } | { readonly ready: false; readonly reason: string; readonly detail?: string };

/** Ready when Neo4j answers within `timeoutMs` and every expected constraint and index is online. */
export async function checkReadiness(db: Db, timeoutMs: number): Promise<Readiness> {
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
