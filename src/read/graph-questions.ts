import type { Context } from '../graphql/context.js';
import { queries } from '../db/queries.js';
import { badUserInput } from '../graphql/errors.js';
import type { PathModel, SubgraphModel } from '../domain/models.js';
import type { QueryNeighborhoodArgs, QueryPathArgs } from '../__generated__/resolvers-types.js';
import { basesOf } from './related-fields.js';
import { nameArgument } from './names.js';
import { checkedCount } from './arguments.js';
import { LIMITS } from '../domain/limits.js';

/**
 * The shortest chain between two named entities, or null; unknown names and bad bounds are BAD_USER_INPUT.
 * One statement resolves both names, finds the path (stated hops first, a READING hop only when no other chain
 * is short enough) and the links that join the two directly.
 */
export async function shortestPath(ctx: Context, args: QueryPathArgs): Promise<PathModel | null> {
  const asked = args.maxHops ?? 4;
  if (!Number.isInteger(asked) || asked < 1)
    throw badUserInput('maxHops must be a positive integer.', 'maxHops');
  // Capped rather than refused: a longer search is what was asked for, and 6 hops already spans this graph.
  const maxHops = Math.min(asked, LIMITS.pathHops);
  const from = nameArgument(args.from, 'from');
  const to = nameArgument(args.to, 'to');
  const [row] = await ctx.db.read(queries.pathByNames, {
    from,
    to,
    maxHops,
    planId: args.plan ?? null,
    bases: basesOf(args.basis),
  });
  if (!row?.from) throw badUserInput(`No entity is named "${from}" (from).`, 'from');
  if (!row.to) throw badUserInput(`No entity is named "${to}" (to).`, 'to');
  if (row.from.id === row.to.id) return { nodes: [row.from], relations: [], direct: [] };
  if (row.nodes === null || row.relations === null) return null;
  for (const node of row.nodes) ctx.loaders.entityById.prime(node.id, node);
  return { nodes: row.nodes, relations: row.relations, direct: row.direct ?? [] };
}

/** Entities around a named one, nearest first; null when the name is unknown. One statement. */
export async function neighborhood(ctx: Context, args: QueryNeighborhoodArgs): Promise<SubgraphModel | null> {
  const depth = args.depth ?? 1;
  if (depth !== 1 && depth !== 2) throw badUserInput('depth must be 1 or 2.', 'depth');
  const limit = checkedCount(args.limit, 50, LIMITS.neighborhoodSize, 'limit');
  const name = nameArgument(args.name, 'name');
  // `limit` counts every node of the answer, the center included.
  const [row] = await ctx.db.read(queries.neighborhood, {
    name,
    planId: args.plan ?? null,
    depth,
    limit: limit - 1,
    bases: basesOf(args.basis),
  });
  if (row === undefined) return null;
  for (const node of [row.center, ...row.nodes]) ctx.loaders.entityById.prime(node.id, node);
  return {
    center: row.center,
    nodes: [row.center, ...row.nodes],
    relations: row.relations,
    truncated: row.truncated,
  };
}
