import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type { EntityKind, RelationBasis, RelationDirection } from '../__generated__/schema-types.js';
import type { RelatedModel } from '../domain/models.js';
import { MAX_BATCH } from './by-id.js';

/** One way along a relationship: each statement follows one (BOTH is asked as OUT and IN). */
export type Direction = Exclude<RelationDirection, 'BOTH'>;

/** Which relationships a field follows: direction, types (null: every curated type), other end's kinds. */
export interface RelatedSpec {
  readonly direction: Direction;
  readonly types: readonly string[] | null;
  readonly kinds: readonly EntityKind[] | null;
  /** Only links of these bases; null: all. */
  readonly bases: readonly RelationBasis[] | null;
  /**
   * The relationships of its parts too (what is PART_OF it or IN_CATEGORY below it, any depth), each row's
   * relation naming the part in `viaId`; absent means false.
   */
  readonly includeParts?: boolean;
}

/** The key a spec goes by in loader maps. */
export function specKey(
  s: Omit<RelatedSpec, 'direction'> & { readonly direction: RelationDirection },
): string {
  return `${s.direction}|${s.types?.join(',') ?? '*'}|${s.kinds?.join(',') ?? '*'}|${s.bases?.join(',') ?? '*'}|${s.includeParts === true ? 'parts' : ''}`;
}

/**
 * The related-entity loaders of one request, one DataLoader per spec: every field that follows the same spec
 * shares its batches, so N industries asking for platforms cost one `UNWIND $ids` statement, not N. Look-ahead
 * rides on them: a field that knows which related field its children select asks its spec's batches to bring
 * that next level along, and the rows are primed into the next spec's loader, whose `load` then answers from
 * its cache. Every relationship field still resolves through `load`; the statement count just drops.
 */
export interface RelatedLoaders {
  of(spec: RelatedSpec): DataLoader<string, RelatedModel[]>;
  /** Asks `spec`'s batches to fetch `nested` too (the first such wish of the request is kept). */
  lookAhead(spec: RelatedSpec, nested: RelatedSpec): void;
  /** Primes `spec`'s loader with rows a parent statement already fetched for entity `id`. */
  prime(spec: RelatedSpec, id: string, items: readonly RelatedModel[]): void;
}

interface SpecLoader {
  readonly loader: DataLoader<string, RelatedModel[]>;
  /** The next level this spec's batches fetch along, if any field asked. */
  nested: RelatedSpec | null;
}

export function createRelatedLoaders(db: Db): RelatedLoaders {
  const entries = new Map<string, SpecLoader>();
  const prime = (spec: RelatedSpec, id: string, items: readonly RelatedModel[]): void => {
    entry(spec).loader.prime(id, [...items]);
  };
  const entry = (spec: RelatedSpec): SpecLoader => {
    const key = specKey(spec);
    const found = entries.get(key);
    if (found !== undefined) return found;
    const query = spec.direction === 'OUT' ? queries.relatedOut : queries.relatedIn;
    const batch = async (ids: readonly string[]): Promise<RelatedModel[][]> => {
      const { nested } = created;
      const rows = await db.read(query, {
        ids,
        types: spec.types,
        kinds: spec.kinds,
        bases: spec.bases,
        includeParts: spec.includeParts === true,
        nested: nested === null ? null : { ...nested, includeParts: nested.includeParts === true },
      });
      const byId = new Map(rows.map((row) => [row.id, row.items]));
      return ids.map((id) => {
        const items = byId.get(id) ?? [];
        if (nested !== null) {
          for (const item of items) if (item.nested) prime(nested, item.other.id, item.nested);
        }
        return items;
      });
    };
    const created: SpecLoader = { loader: new DataLoader(batch, { maxBatchSize: MAX_BATCH }), nested: null };
    entries.set(key, created);
    return created;
  };
  return {
    of: (spec) => entry(spec).loader,
    lookAhead: (spec, nested) => {
      entry(spec).nested ??= nested;
    },
    prime,
  };
}

export interface CountKey extends Omit<RelatedSpec, 'direction'> {
  readonly id: string;
  /** BOTH counts each relationship once, as `relations` lists it once. */
  readonly direction: RelationDirection;
}

/**
 * How many relationships, for any spec: one loader and one statement for all the counts a request asks for
 * at a level, whatever their direction, types, kinds and parts (a COUNT subquery each; no rows shipped).
 */
export function createRelatedCountLoader(db: Db): DataLoader<CountKey, number, string> {
  const keyOf = (k: CountKey) => `${k.id}|${specKey(k)}`;
  return new DataLoader(
    async (keys) => {
      const rows = await db.read(queries.relatedCounts, {
        keys: keys.map((k) => ({ ...k, includeParts: k.includeParts === true, key: keyOf(k) })),
      });
      const byKey = new Map(rows.map((row) => [row.key, row.count]));
      return keys.map((k) => byKey.get(keyOf(k)) ?? 0);
    },
    { cacheKeyFn: keyOf, maxBatchSize: MAX_BATCH },
  );
}
