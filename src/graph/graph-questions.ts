import type { Context } from '../context.js';
import { queries } from '../db/queries.js';
import { badUserInput } from '../errors.js';
import type { PathModel, SubgraphModel } from '../models.js';
import { findByName, requireByName } from './names.js';

export const MAX_HOPS = 6;
export const MAX_NEIGHBORHOOD = 200;

/** The shortest chain between two named entities, or null; unknown names and bad bounds are BAD_USER_INPUT. */
export async function shortestPath(
  ctx: Context,
  args: { from: string; to: string; maxHops?: number | null; plan?: string | null },
): Promise<PathModel | null> {
  const maxHops = args.maxHops ?? 4;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badUserInput(`maxHops must be an integer from 1 to ${MAX_HOPS}.`, 'maxHops');
  }
  const [from, to] = await Promise.all([
    requireByName(ctx, args.from, 'from', args.plan),
    requireByName(ctx, args.to, 'to', args.plan),
  ]);
  if (from.id === to.id) return { nodes: [from], relations: [] };
  const [row] = await ctx.db.read(queries.pathShortest, { fromId: from.id, toId: to.id, maxHops });
  if (row === undefined) return null;
  for (const node of row.nodes) ctx.loaders.entityById.prime(node.id, node);
  return { nodes: row.nodes, relations: row.relations };
}

/** Entities around a named one, nearest first; null when the name is unknown. */
export async function neighborhood(
  ctx: Context,
  args: { name: string; depth?: number | null; limit?: number | null; plan?: string | null },
): Promise<SubgraphModel | null> {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? 50;
  if (depth !== 1 && depth !== 2) throw badUserInput('depth must be 1 or 2.', 'depth');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD) {
    throw badUserInput(`limit must be an integer from 1 to ${MAX_NEIGHBORHOOD}.`, 'limit');
  }
  const center = await findByName(ctx, args.name, args.plan);
  if (center === null) return null;
  const [row] = await ctx.db.read(queries.neighborhood, { id: center.id, depth, limit });
  if (row === undefined) return null;
  for (const node of [row.center, ...row.nodes]) ctx.loaders.entityById.prime(node.id, node);
  return {
    center: row.center,
    nodes: [row.center, ...row.nodes],
    relations: row.relations,
    truncated: row.truncated,
  };
}
