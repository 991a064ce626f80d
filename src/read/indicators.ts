import type { Context } from '../graphql/context.js';
import { queries } from '../db/queries.js';
import type { IndicatorModel, ObservationModel } from '../domain/models.js';
import type { QueryIndicatorsArgs, QueryObservationsArgs } from '../__generated__/resolvers-types.js';

/** Every quantified target (table rows first, in table order, then the written goals), as the filters say. */
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
  return rows.map((row) => row.indicator);
}

/** Every figure the plan reports, in text order. */
export async function observationsList(
  ctx: Context,
  { plan }: QueryObservationsArgs,
): Promise<ObservationModel[]> {
  return (await ctx.db.read(queries.observationsList, { planId: plan ?? null })).map(
    (row) => row.observation,
  );
}
