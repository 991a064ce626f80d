import type { Context } from './context.js';
import { queries } from '../db/queries.js';
import type { PlanModel } from '../domain/models.js';
import type { QueryPlanArgs } from '../__generated__/schema-types.js';
import { planNotFound } from './unknown-values.js';

/** Every plan in the graph, oldest period first. */
export async function allPlans(ctx: Context): Promise<PlanModel[]> {
  return (await ctx.db.read(queries.plansAll, {})).map((row) => row.plan);
}

/** A plan by id; an unknown id is NOT_FOUND on the field (which resolves to null) with the closest ids. */
export async function planById(ctx: Context, { id }: QueryPlanArgs): Promise<PlanModel> {
  const plan = await ctx.loaders.planById.load(id);
  if (plan !== null) return plan;
  throw await planNotFound(ctx, id, 'id');
}
