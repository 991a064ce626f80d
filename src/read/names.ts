import type { Context } from './context.js';
import type { RelatedSpec } from '../loaders/related.js';
import type { EntityModel } from '../domain/models.js';
import type { EntityKind, QueryEntityArgs } from '../__generated__/schema-types.js';
import { normalizeName } from '../domain/normalize-name.js';
import { checkedText } from './arguments.js';
import { didYouMean, SUGGESTIONS, unknownPlan } from './unknown-values.js';
import { searchEntities } from './search.js';
import { ENTITY_LABELS } from '../domain/vocabulary.js';
import { unknownValue } from './errors.js';
import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { compiledLookup } from './compiled/compiled-reads.js';
import { nestedSpec } from './look-ahead.js';
import { LIMITS } from '../domain/limits.js';

/** Checks a name argument: not blank, not absurdly long. Returns it normalised. */
export function nameArgument(name: string, argumentName: string): string {
  return checkedText(normalizeName(name), argumentName, LIMITS.nameLength);
}

/** How a lookup by name is narrowed: to one kind, with the lookup field's resolve info. */
export interface FindOptions {
  readonly kind?: EntityKind;
  /**
   * The selection is read by one compiled statement; where it does not compile, the first related field below
   * comes with the lookup's statement (look-ahead).
   */
  readonly info?: GraphQLResolveInfo;
}

/**
 * The entity with this name or alias (and, when given, of this kind). Every lookup field of Query (entity,
 * industry, …) takes the same arguments. A miss is NOT_FOUND on the field, which resolves to null beside it: the
 * error names the argument and the closest names (./unknown-values.ts).
 */
export async function findByName(
  ctx: Context,
  { name, plan }: QueryEntityArgs,
  { kind, info }: FindOptions = {},
): Promise<EntityModel> {
  const kinds = kind === undefined ? [] : [kind];
  if (info !== undefined) {
    const planId = plan ?? null;
    const found = compiledLookup(ctx, info, nameArgument(name, 'name'), planId);
    if (found !== undefined) return ofKinds(ctx, await found, name, 'name', planId, kinds);
  }
  return requireByName(ctx, name, 'name', plan, {
    kinds,
    nested: info === undefined ? null : nestedSpec(info),
  });
}

/**
 * The entity a name argument names, of one of `kinds` (any when empty); NOT_FOUND naming the argument, with
 * close names, when there is none (or only one of another kind).
 */
export async function requireByName(
  ctx: Context,
  name: string,
  argumentName: string,
  plan: string | null | undefined,
  { kinds = [], nested = null }: { kinds?: readonly EntityKind[]; nested?: RelatedSpec | null } = {},
): Promise<EntityModel> {
  const value = nameArgument(name, argumentName);
  const planId = plan ?? null;
  const entity = await ctx.loaders.entityByName(nested).load({ value, planId });
  return ofKinds(ctx, entity, name, argumentName, planId, kinds);
}

/** The entity a name found, when it is of one of `kinds` (any when empty); else NOT_FOUND, with close names. */
async function ofKinds(
  ctx: Context,
  entity: EntityModel | null,
  name: string,
  argumentName: string,
  planId: string | null,
  kinds: readonly EntityKind[],
): Promise<EntityModel> {
  if (entity !== null && (kinds.length === 0 || kinds.includes(entity.kind))) return entity;
  throw await unknownName(ctx, { value: name.trim(), argumentName, planId, kinds, found: entity });
}

/** A name argument that named nothing (of the kinds it takes), in this plan or (null) the newest one. */
export interface NameMiss {
  /** As the caller wrote it (search folds it as lookups do). */
  readonly value: string;
  readonly argumentName: string;
  readonly planId: string | null;
  /** The kinds the argument takes; any when absent. */
  readonly kinds?: readonly EntityKind[];
  /** The entity of another kind the name does name, if any (a talent team where a program is meant). */
  readonly found?: EntityModel | null;
}

/** The error for a name nothing has: the plan's when the plan is unknown, else the name's, with close names. */
export async function unknownName(ctx: Context, miss: NameMiss): Promise<GraphQLError> {
  const plan = await unknownPlan(ctx, miss.planId);
  if (plan !== null) return plan;
  const kinds = miss.kinds && miss.kinds.length > 0 ? [...miss.kinds] : null;
  const hits = await searchEntities(ctx, {
    text: Array.from(normalizeName(miss.value)).slice(0, LIMITS.textLength).join(''),
    kinds,
    first: SUGGESTIONS * 2,
    plan: miss.planId,
  });
  const suggestions = [...new Set(hits.map((hit) => hit.entity.name))].slice(0, SUGGESTIONS);
  const wanted = kinds === null ? 'entity' : kinds.map(kindLabel).join(' or ');
  const what =
    miss.found != null
      ? `"${miss.found.name}" is ${article(kindLabel(miss.found.kind))}, not ${article(wanted)} (${miss.argumentName}).`
      : `No ${wanted} is named "${miss.value}" (${miss.argumentName}).`;
  return unknownValue(`${what}${didYouMean(suggestions)}`, miss.argumentName, suggestions);
}

/** Industry → industry, TalentTeam → talent team. */
function kindLabel(kind: EntityKind): string {
  return ENTITY_LABELS[kind].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
