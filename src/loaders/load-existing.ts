import type DataLoader from 'dataloader';

/**
 * Loads the row a stored id points to (an entity's plan, a mention's section, a plan's text …). A miss is a bug
 * in the graph, not a client error: a plain Error, which formatError masks and logs.
 */
export async function loadExisting<K, V>(
  loader: DataLoader<K, V | null, unknown>,
  key: K,
  what: string,
): Promise<V> {
  const found = await loader.load(key);
  if (found === null) throw new Error(`missing ${what} ${String(key)}`);
  return found;
}
