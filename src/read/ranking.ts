import type { Context } from './context.js';
import { checkedCount } from './arguments.js';
import { requireKnownPlan } from './unknown-values.js';
import { basesOf } from './related-fields.js';
import type { RankedEntityModel } from '../domain/models.js';
import type { QueryRankingArgs } from '../__generated__/schema-types.js';
import { queries } from '../db/queries.js';
import { LIMITS } from '../domain/limits.js';

/**
 * Counting questions: the entities of a kind with the most links of a kind, most first, ties by name then id,
 * in one statement. Each count is of distinct other entities, as the typed relation lists list them. An empty
 * `types` list reads as every type, as `kinds` and `basis` do elsewhere; an unknown plan is NOT_FOUND, as on the
 * lists.
 */
export async function rankEntities(ctx: Context, args: QueryRankingArgs): Promise<RankedEntityModel[]> {
  const first = checkedCount(args.first, 10, LIMITS.pageSize, 'first');
  const rows = await ctx.db.read(queries.ranking, {
    kind: args.kind,
    otherKind: args.otherKind ?? null,
    types: args.types && args.types.length > 0 ? [...new Set(args.types)].sort() : null,
    // Note: the SDL's default (BOTH) does not cover a client's explicit `direction: null`.
    direction: args.direction ?? 'BOTH',
    bases: basesOf(args.basis),
    includeParts: args.includeParts !== false,
    planId: args.plan ?? null,
    first,
  });
  // Only an empty answer can come of an unknown plan: a known one costs no second statement.
  if (rows.length === 0) await requireKnownPlan(ctx, args.plan);
  for (const { entity } of rows) ctx.loaders.entityById.prime(entity.id, entity);
  return rows;
}
