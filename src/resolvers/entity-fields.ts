import type { Context } from '../context.js';
import { relatedEntities, relationCount, relationsOf } from '../graph/related.js';
import type { Direction } from '../loaders/related.js';
import type { EntityKindValue, EntityModel } from '../models.js';

/** The resolvers every Entity type shares (the rest of its fields are the stored properties). */
export const entityFields = {
  evidence: (e: EntityModel, _args: unknown, { loaders }: Context) => loaders.entityEvidence.load(e.id),
  mentions: (e: EntityModel, _args: unknown, { loaders }: Context) => loaders.mentionsByEntity.load(e.id),
  relations: (
    e: EntityModel,
    args: { direction?: 'OUT' | 'IN' | 'BOTH' | null; types?: string[] | null },
    ctx: Context,
  ) => relationsOf(ctx, e.id, args.direction ?? 'BOTH', args.types),
  relationCount: (
    e: EntityModel,
    args: {
      direction?: 'OUT' | 'IN' | 'BOTH' | null;
      types?: string[] | null;
      kinds?: EntityKindValue[] | null;
    },
    ctx: Context,
  ) => relationCount(ctx, e.id, args.direction ?? 'BOTH', args.types, args.kinds),
  plan: async (e: EntityModel, _args: unknown, { loaders }: Context) => {
    const plan = await loaders.planById.load(e.planId);
    if (plan === null) throw new Error(`entity ${e.id} has no plan ${e.planId}`);
    return plan;
  },
  note: (e: EntityModel) => e.note ?? null,
};

/** A field listing the entities related by `types` in `direction` (optionally only of `kinds`). */
export function relatedField(
  direction: Direction,
  types: readonly string[],
  kinds?: readonly EntityKindValue[],
) {
  return (e: EntityModel, _args: unknown, ctx: Context) =>
    relatedEntities(ctx, e.id, direction, types, kinds ?? null);
}

/** A kind-specific property that the row must have (a missing one is a bug in the graph, not a client error). */
export function required(key: 'key' | 'type') {
  return (e: EntityModel): string => {
    const value = e[key];
    if (value === undefined) throw new Error(`entity ${e.id} lacks ${key}`);
    return value;
  };
}
