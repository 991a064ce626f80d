import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type { Logger } from '../logger.js';

export interface DataVersion {
  /** The version last read: the ids and dataset hashes of every plan. */
  current(): string | undefined;
  /** Reads it now (after an import, and on a timer: another process may import). */
  refresh(): Promise<string | undefined>;
  stop(): void;
}

/**
 * Watches the graph's data version so caches can trust an answer until an import changes the data. A failed
 * read keeps the old version (and logs): a cache then serves what was true when Neo4j last answered.
 */
export function watchDataVersion(
  db: Db,
  intervalMs: number,
  logger: Logger,
  onChange: (version: string) => void,
): DataVersion {
  let version: string | undefined;
  const refresh = async () => {
    try {
      const rows = await db.read(queries.plansVersion, {});
      const next = rows.map((r) => `${r.id}=${r.datasetHash ?? ''}`).join(';');
      if (next !== version) {
        version = next;
        onChange(next);
      }
    } catch (error) {
      logger.warn(
        `could not read the data version: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return version;
  };
  const timer = setInterval(() => void refresh(), intervalMs);
  timer.unref();
  return {
    current: () => version,
    refresh,
    stop: () => {
      clearInterval(timer);
    },
  };
}
