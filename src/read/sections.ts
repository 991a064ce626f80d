import type { Context } from '../graphql/context.js';
import { queries } from '../db/queries.js';
import type { SectionModel } from '../domain/models.js';
import type { QuerySectionArgs } from '../__generated__/resolvers-types.js';
import { requireKnownValue } from './unknown-values.js';

/**
 * The section at this path (`五/(一)`) of the plan, or without one of the newest plan. A path (or plan) the
 * graph lacks is NOT_FOUND on the field, which resolves to null, with the closest paths.
 */
export async function sectionByPath(ctx: Context, { path, plan }: QuerySectionArgs): Promise<SectionModel> {
  const [row] = await ctx.db.read(queries.sectionByPath, { path, planId: plan ?? null });
  if (row !== undefined) return row.section;
  await requireKnownValue(ctx, path, plan, {
    argumentName: 'path',
    label: 'section path',
    query: queries.sectionPaths,
  });
  throw new Error(`section ${path} is listed but not found`);
}
