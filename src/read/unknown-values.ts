import type { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { unknownValue } from './errors.js';
import { queries } from '../db/queries.js';
import type { Query } from '../db/cypher-file.js';
import { editDistance } from './edit-distance.js';

/**
 * The rule for names, plan ids, categories and types the graph lacks, half of one rule every root field follows
 * (the other half, for values out of range, is ./arguments.ts): NOT_FOUND on that field only, naming the
 * argument, with the closest known values as `extensions.suggestions` (for an entity's name, the best hits of
 * `search`: ./names.ts). A lookup's field resolves to null beside it; a list's field too, never to a silent empty
 * list. Note: a plan, category or type is checked only once an answer came back empty or a name missed, so a
 * known one costs no statement of its own.
 */

/** How many suggestions an error carries at most. */
export const SUGGESTIONS = 5;

/** Throws NOT_FOUND when `planId` is given and no plan has it. */
export async function requireKnownPlan(
  ctx: Context,
  planId: string | null | undefined,
  argumentName = 'plan',
): Promise<void> {
  const error = await unknownPlan(ctx, planId, argumentName);
  if (error !== null) throw error;
}

/** The NOT_FOUND for a plan id no plan has, with the closest ids; null when the plan exists or none is given. */
export async function unknownPlan(
  ctx: Context,
  planId: string | null | undefined,
  argumentName = 'plan',
): Promise<GraphQLError | null> {
  if (planId == null || (await ctx.loaders.planById.load(planId)) !== null) return null;
  return planNotFound(ctx, planId, argumentName);
}

/** The NOT_FOUND for a plan id known to be missing, with the closest ids. */
export async function planNotFound(
  ctx: Context,
  planId: string,
  argumentName = 'plan',
): Promise<GraphQLError> {
  const ids = (await ctx.db.read(queries.plansAll, {})).map((row) => row.plan.id);
  const suggestions = closest(planId, ids);
  return unknownValue(
    `No plan has the id "${planId}" (${argumentName}).${didYouMean(suggestions)}`,
    argumentName,
    suggestions,
  );
}

/** A closed vocabulary an argument takes (indicator categories, platform types, section paths), per plan. */
export interface KnownValues {
  readonly argumentName: string;
  /** What a value is, for the message: `indicator category`. */
  readonly label: string;
  readonly query: Query<{ planId: string | null }, { value: string }>;
}

/**
 * Throws NOT_FOUND when the plan is unknown, or `value` is given and is none of the known values (in this plan,
 * or every plan for a list, the newest for a lookup, as `query` reads).
 */
export async function requireKnownValue(
  ctx: Context,
  value: string | null | undefined,
  planId: string | null | undefined,
  known: KnownValues,
): Promise<void> {
  await requireKnownPlan(ctx, planId);
  if (value == null) return;
  const values = (await ctx.db.read(known.query, { planId: planId ?? null })).map((row) => row.value);
  if (values.includes(value)) return;
  const suggestions = closest(value, values);
  throw unknownValue(
    `No ${known.label} is "${value}" (${known.argumentName}).${didYouMean(suggestions)}`,
    known.argumentName,
    suggestions,
  );
}

/**
 * The known values closest in spelling: those holding the value, then those within an edit distance of a third
 * of its length (at least 1), nearest first. When none is close and the vocabulary is small, all of it: for a
 * closed list, the list is the answer.
 */
export function closest(value: string, known: readonly string[]): string[] {
  const folded = value.toLowerCase();
  const max = Math.max(1, Math.floor(Array.from(value).length / 3));
  const near = known
    .map((candidate) => {
      const other = candidate.toLowerCase();
      const distance = other.includes(folded) ? 0 : editDistance(folded, other, max);
      return { candidate, distance };
    })
    .filter(({ distance }) => distance <= max)
    .sort((a, b) => a.distance - b.distance || a.candidate.length - b.candidate.length)
    .map(({ candidate }) => candidate);
  if (near.length > 0) return near.slice(0, SUGGESTIONS);
  return known.length <= SUGGESTIONS ? [...known] : [];
}

export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0 ? '' : ` Did you mean: ${suggestions.join(', ')}?`;
}
