import type { Context } from '../graphql/context.js';
import { queries } from '../db/queries.js';
import type { SectionModel } from '../domain/models.js';
import type { QuerySectionArgs } from '../__generated__/resolvers-types.js';

/** The section at this path (`五/(一)`) of the plan, or without one of the newest plan; null when none. */
export async function sectionByPath(
  ctx: Context,
  { path, plan }: QuerySectionArgs,
): Promise<SectionModel | null> {
  return (await ctx.db.read(queries.sectionByPath, { path, planId: plan ?? null }))[0]?.section ?? null;
}
