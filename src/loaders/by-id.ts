import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import type { Query } from '../db/cypher-file.js';

/** Loaders never batch more ids than this into one statement. */
export const MAX_BATCH = 500;

/**
 * A DataLoader whose batch is one `UNWIND $ids` query returning at most one row per id, `{ id, … }`. Rows come
 * back in key order (DataLoader's contract), and an id without a row gets `missing`.
 */
export function byIdLoader<Row extends { id: string }, Value>(
  db: Db,
  query: Query<{ ids: readonly string[] }, Row>,
  pick: (row: Row) => Value,
  missing: Value,
): DataLoader<string, Value> {
  return new DataLoader(
    async (ids) => {
      const rows = await db.read(query, { ids });
      const byId = new Map(rows.map((row) => [row.id, pick(row)]));
      return ids.map((id) => (byId.has(id) ? (byId.get(id) as Value) : missing));
    },
    { maxBatchSize: MAX_BATCH },
  );
}
