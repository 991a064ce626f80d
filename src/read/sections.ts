import type { Context } from './context.js';
import { queries } from '../db/queries.js';
import type { EvidenceModel, SectionModel } from '../domain/models.js';
import { sentencesOf } from '../domain/sentences.js';
import type { QuerySectionArgs } from '../__generated__/schema-types.js';
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

/**
 * The section's text cut into sentences (subsections included), each in the deepest section holding its start:
 * the reader's sentences, quotable and citable like any evidence.
 */
export async function sectionSentences(ctx: Context, section: SectionModel): Promise<EvidenceModel[]> {
  const below = await ctx.loaders.sectionDescendants.load(section.id);
  // Descendants come in text order, parents first: the last one starting at or before a sentence that still
  // holds it is the deepest.
  return sentencesOf(section.text).map(({ start, end }) => {
    const at = section.start + start;
    const holder = below.filter((s) => s.start <= at && at < s.end).pop() ?? section;
    return {
      quote: section.text.slice(start, end),
      start: at,
      end: section.start + end,
      sectionId: holder.id,
    };
  });
}
