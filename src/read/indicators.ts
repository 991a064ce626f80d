import type { Context } from './context.js';
import { queries } from '../db/queries.js';
import type { IndicatorModel, ObservationModel } from '../domain/models.js';
import { requireKnownPlan, requireKnownValue } from './unknown-values.js';
import type { QueryIndicatorsArgs, QueryObservationsArgs } from '../__generated__/schema-types.js';

/**
 * Every quantified target (table rows first, in table order, then the written goals), as the filters say; an
 * unknown plan or category is NOT_FOUND with the closest known ones.
 */
export async function indicatorsList(
  ctx: Context,
  { category, fromTable, increment, bound, plan }: QueryIndicatorsArgs,
): Promise<IndicatorModel[]> {
  const rows = await ctx.db.read(queries.indicatorsList, {
    category: category ?? null,
    fromTable: fromTable ?? null,
    increment: increment ?? null,
    // An empty list filters nothing, as an absent one.
    bounds: bound && bound.length > 0 ? bound : null,
    planId: plan ?? null,
  });
  // An empty list may come from an unknown plan or category: that is the caller's slip, not an empty answer.
  if (rows.length === 0) {
    await requireKnownValue(ctx, category, plan, {
      argumentName: 'category',
      label: 'indicator category',
      query: queries.indicatorCategories,
    });
  }
  return rows.map((row) => row.indicator);
}

/** Every figure the plan reports, in text order. */
export async function observationsList(
  ctx: Context,
  { plan }: QueryObservationsArgs,
): Promise<ObservationModel[]> {
  const rows = await ctx.db.read(queries.observationsList, { planId: plan ?? null });
  if (rows.length === 0) await requireKnownPlan(ctx, plan);
  return rows.map((row) => row.observation);
}
