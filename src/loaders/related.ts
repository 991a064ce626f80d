import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import type { Query } from '../db/query.js';
import { queries, type RelatedParams } from '../db/queries.js';
import type { RelatedModel } from '../models.js';
import { MAX_BATCH } from './by-id.js';

export type Direction = 'OUT' | 'IN';

/** Which relationships a field follows: direction, types (null: every curated type), other end's kinds. */
export interface RelatedSpec {
  readonly direction: Direction;
  readonly types: readonly string[] | null;
  readonly kinds: readonly string[] | null;
}

/**
 * Loaders for the entities related to an entity, one per spec and request: every field that follows the same
 * spec shares one batch, so a list of N industries asking for platforms costs one statement, not N.
 */
export function createRelatedLoaders(db: Db): (spec: RelatedSpec) => DataLoader<string, RelatedModel[]> {
  return perSpec(
    db,
    (spec) => (spec.direction === 'OUT' ? queries.relatedOut : queries.relatedIn),
    (row) => row.items,
    [],
  );
}

/** Like createRelatedLoaders, but only how many: a COUNT subquery, no rows shipped. */
export function createRelatedCountLoaders(db: Db): (spec: RelatedSpec) => DataLoader<string, number> {
  return perSpec(
    db,
    (spec) => (spec.direction === 'OUT' ? queries.relatedCountOut : queries.relatedCountIn),
    (row) => row.count,
    0,
  );
}

function perSpec<Row extends { id: string }, Value>(
  db: Db,
  queryFor: (spec: RelatedSpec) => Query<RelatedParams, Row>,
  pick: (row: Row) => Value,
  missing: Value,
): (spec: RelatedSpec) => DataLoader<string, Value> {
  const loaders = new Map<string, DataLoader<string, Value>>();
  return (spec) => {
    const key = `${spec.direction}|${spec.types?.join(',') ?? '*'}|${spec.kinds?.join(',') ?? '*'}`;
    let loader = loaders.get(key);
    if (loader === undefined) {
      const query = queryFor(spec);
      loader = new DataLoader(
        async (ids) => {
          const rows = await db.read(query, { ids, types: spec.types, kinds: spec.kinds });
          const byId = new Map(rows.map((row) => [row.id, pick(row)]));
          return ids.map((id) => (byId.has(id) ? (byId.get(id) as Value) : missing));
        },
        { maxBatchSize: MAX_BATCH },
      );
      loaders.set(key, loader);
    }
    return loader;
  };
}
