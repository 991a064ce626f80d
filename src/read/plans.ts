import type { Context } from '../graphql/context.js';
import { queries } from '../db/queries.js';
import type { PlanModel } from '../domain/models.js';
import type { QueryPlanArgs } from '../__generated__/resolvers-types.js';

/** Every plan in the graph, oldest period first. */
export async function allPlans(ctx: Context): Promise<PlanModel[]> {
  return (await ctx.db.read(queries.plansAll, {})).map((row) => row.plan);
}

/** A plan by id; null when there is none. */
export function planById(ctx: Context, { id }: QueryPlanArgs): Promise<PlanModel | null> {
  return ctx.loaders.planById.load(id);
}
