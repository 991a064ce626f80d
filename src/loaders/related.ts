import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type { RelatedModel } from '../models.js';
import { MAX_BATCH } from './by-id.js';

export type Direction = 'OUT' | 'IN';

/** Which relationships a field follows: direction, types (null: every curated type), other end's kinds. */
export interface RelatedSpec {
  readonly direction: Direction;
  readonly types: readonly string[] | null;
  readonly kinds: readonly string[] | null;
}

/** The key a spec goes by in loader maps. */
export function specKey(s: RelatedSpec): string {
  return `${s.direction}|${s.types?.join(',') ?? '*'}|${s.kinds?.join(',') ?? '*'}`;
}

/**
 * Related entities fetched one level ahead (look-ahead), by `${specKey}|${entity id}`: a child field finds its
 * rows here and costs no statement.
 */
export type Prefetched = Map<string, RelatedModel[]>;

/** Files the nested rows a look-ahead query brought for each related entity. */
export function keepNested(
  prefetched: Prefetched,
  nested: RelatedSpec | null,
  items: readonly RelatedModel[],
): void {
  if (nested === null) return;
  for (const item of items) {
    if (item.nested) prefetched.set(`${specKey(nested)}|${item.other.id}`, item.nested);
  }
}

/**
 * Loaders for the entities related to an entity, one per spec (and look-ahead spec) and request: every field
 * that follows the same spec shares one batch, so a list of N industries asking for platforms costs one
 * statement, not N.
 */
export function createRelatedLoaders(
  db: Db,
  prefetched: Prefetched,
): (spec: RelatedSpec, nested?: RelatedSpec | null) => DataLoader<string, RelatedModel[]> {
  const loaders = new Map<string, DataLoader<string, RelatedModel[]>>();
  return (spec, nested = null) => {
    const key = `${specKey(spec)}>${nested === null ? '' : specKey(nested)}`;
    let loader = loaders.get(key);
    if (loader === undefined) {
      const query = spec.direction === 'OUT' ? queries.relatedOut : queries.relatedIn;
      loader = new DataLoader(
        async (ids) => {
          const rows = await db.read(query, { ids, types: spec.types, kinds: spec.kinds, nested });
          const byId = new Map(rows.map((row) => [row.id, row.items]));
          return ids.map((id) => {
            const items = byId.get(id) ?? [];
            keepNested(prefetched, nested, items);
            return items;
          });
        },
        { maxBatchSize: MAX_BATCH },
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}

export interface CountKey extends RelatedSpec {
  readonly id: string;
}

/**
 * How many related entities, for any spec: one loader and one statement for all the counts a request asks for
 * at a level, whatever their direction, types and kinds (a COUNT subquery each; no rows shipped).
 */
export function createRelatedCountLoader(db: Db): DataLoader<CountKey, number, string> {
  const keyOf = (k: CountKey) => `${k.id}|${specKey(k)}`;
  return new DataLoader(
    async (keys) => {
      const rows = await db.read(queries.relatedCounts, { keys: keys.map((k) => ({ ...k, key: keyOf(k) })) });
      const byKey = new Map(rows.map((row) => [row.key, row.count]));
      return keys.map((k) => byKey.get(keyOf(k)) ?? 0);
    },
    { cacheKeyFn: keyOf, maxBatchSize: MAX_BATCH },
  );
}
