import type { Context } from './context.js';
import { queries } from '../db/queries.js';
import type { PathModel, SubgraphModel } from '../domain/models.js';
import type { QueryNeighborhoodArgs, QueryPathArgs } from '../__generated__/schema-types.js';
import type { GraphQLResolveInfo } from 'graphql';
import { basesOf } from './related-fields.js';
import { selectedFieldNames } from './compiled/selection.js';
import { nameArgument, unknownName } from './names.js';
import { checkedCount, checkedInt } from './arguments.js';
import { LIMITS } from '../domain/limits.js';

/**
 * The shortest chain between two named entities, or null when none is `maxHops` (1–6) or shorter. An unknown
 * name is NOT_FOUND on the field, with close names; a bound out of range is BAD_USER_INPUT with the range
 * (./arguments.ts, ./unknown-values.ts). One statement resolves both names, finds the path (stated hops first,
 * a READING hop only when no other chain is short enough) and the links that join the two directly.
 */
export async function shortestPath(
  ctx: Context,
  args: QueryPathArgs,
  info?: GraphQLResolveInfo,
): Promise<PathModel | null> {
  const maxHops = checkedInt(args.maxHops, 4, { min: 1, max: LIMITS.pathHops }, 'maxHops');
  const from = nameArgument(args.from, 'from');
  const to = nameArgument(args.to, 'to');
  const planId = args.plan ?? null;
  // Without the resolve info (a caller outside GraphQL) everything is read.
  const selected = info === undefined ? null : selectedFieldNames(info);
  const [row] = await ctx.db.read(queries.pathByNames, {
    from,
    to,
    maxHops,
    planId,
    bases: basesOf(args.basis),
    withRelations: selected === null || selected.has('edges'),
    withDirect: selected === null || selected.has('direct') || selected.has('directLinks'),
  });
  if (!row?.from) throw await unknownName(ctx, { value: args.from.trim(), argumentName: 'from', planId });
  if (!row.to) throw await unknownName(ctx, { value: args.to.trim(), argumentName: 'to', planId });
  if (row.from.id === row.to.id)
    return { nodes: [row.from], length: 0, throughReading: false, relations: [], direct: [] };
  if (row.nodes === null || row.length === null) return null;
  for (const node of row.nodes) ctx.loaders.entityById.prime(node.id, node);
  return {
    nodes: row.nodes,
    length: row.length,
    throughReading: row.throughReading === true,
    relations: row.relations,
    direct: row.direct,
  };
}

/**
 * Entities around a named one, nearest first. One statement. An unknown name is NOT_FOUND on the field (which
 * resolves to null), with close names; `depth` (1–2) and `limit` (1–200) out of range are BAD_USER_INPUT.
 */
export async function neighborhood(
  ctx: Context,
  args: QueryNeighborhoodArgs,
  info?: GraphQLResolveInfo,
): Promise<SubgraphModel> {
  const depth = checkedInt(args.depth, 1, { min: 1, max: 2 }, 'depth');
  const limit = checkedCount(args.limit, 50, LIMITS.neighborhoodSize, 'limit');
  const name = nameArgument(args.name, 'name');
  const planId = args.plan ?? null;
  // `limit` counts every node of the answer, the center included.
  const [row] = await ctx.db.read(queries.neighborhood, {
    name,
    planId,
    depth,
    limit: limit - 1,
    bases: basesOf(args.basis),
    withRelations: info === undefined || selectedFieldNames(info).has('edges'),
  });
  if (row === undefined)
    throw await unknownName(ctx, { value: args.name.trim(), argumentName: 'name', planId });
  for (const node of [row.center, ...row.nodes]) ctx.loaders.entityById.prime(node.id, node);
  return {
    center: row.center,
    nodes: [row.center, ...row.nodes],
    relations: row.relations,
    truncated: row.truncated,
  };
}
