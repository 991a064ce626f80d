/**
 * Restores key order for a DataLoader batch: one result per key, in key order, `null` where the database
 * returned no row for that key.
 */
export function alignByKey<Key, Row>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
): (Row | null)[] {
  const byKey = new Map<Key, Row>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}
