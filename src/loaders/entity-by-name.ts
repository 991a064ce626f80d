import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type { EntityModel } from '../models.js';
import { MAX_BATCH } from './by-id.js';

export interface NameKey {
  /** Already NFKC-normalised. */
  readonly value: string;
  readonly planId: string | null;
}

/** Entities by any spelling of their name, within one plan or (planId null) the newest plan that has it. */
export function createEntityByNameLoader(db: Db): DataLoader<NameKey, EntityModel | null, string> {
  const keyOf = (k: NameKey) => `${k.planId ?? ''}\u0000${k.value}`;
  return new DataLoader(
    async (keys) => {
      const rows = await db.read(queries.entitiesByNames, {
        keys: keys.map((k) => ({ key: keyOf(k), value: k.value, planId: k.planId })),
      });
      const byKey = new Map(rows.map((row) => [row.key, row.entity]));
      return keys.map((k) => byKey.get(keyOf(k)) ?? null);
    },
    { cacheKeyFn: keyOf, maxBatchSize: MAX_BATCH },
  );
}
