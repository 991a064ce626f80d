import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type { EntityModel } from '../domain/models.js';
import { MAX_BATCH } from './by-id.js';
import { specKey, type RelatedLoaders, type RelatedSpec } from './related.js';

export interface NameKey {
  /** Already NFKC-normalised. */
  readonly value: string;
  readonly planId: string | null;
}

/**
 * Entities by any spelling of their name, within one plan or (planId null) the newest plan that has it; with a
 * look-ahead spec, each entity's related entities come in the same statement, primed into that spec's loader.
 */
export function createEntityByNameLoaders(
  db: Db,
  related: RelatedLoaders,
): (nested?: RelatedSpec | null) => DataLoader<NameKey, EntityModel | null, string> {
  const keyOf = (k: NameKey) => `${k.planId ?? ''}\u0000${k.value}`;
  const loaders = new Map<string, DataLoader<NameKey, EntityModel | null, string>>();
  return (nested = null) => {
    const loaderKey = nested === null ? '' : specKey(nested);
    let loader = loaders.get(loaderKey);
    if (loader === undefined) {
      loader = new DataLoader(
        async (keys) => {
          const rows = await db.read(queries.entitiesByNames, {
            keys: keys.map((k) => ({ key: keyOf(k), value: k.value, planId: k.planId })),
            nested: nested === null ? null : { ...nested, includeParts: nested.includeParts === true },
          });
          const byKey = new Map(rows.map((row) => [row.key, row]));
          return keys.map((k) => {
            const row = byKey.get(keyOf(k));
            if (row?.entity && nested !== null && row.nested) {
              related.prime(nested, row.entity.id, row.nested);
            }
            return row?.entity ?? null;
          });
        },
        { cacheKeyFn: keyOf, maxBatchSize: MAX_BATCH },
      );
      loaders.set(loaderKey, loader);
    }
    return loader;
  };
}
