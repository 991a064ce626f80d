import type { Context } from '../graphql/context.js';
import { badUserInput } from '../graphql/errors.js';
import type { RelatedSpec } from '../loaders/related.js';
import type { EntityModel } from '../domain/models.js';
import type { EntityKind, QueryEntityArgs } from '../__generated__/resolvers-types.js';
import { normalizeName } from '../domain/normalize-name.js';
import { checkedText } from './arguments.js';
import { LIMITS } from '../domain/limits.js';

/** Checks a name argument: not blank, not absurdly long. Returns it normalised. */
export function nameArgument(name: string, argumentName: string): string {
  return checkedText(normalizeName(name), argumentName, LIMITS.nameLength);
}

/** How a lookup by name is narrowed: to one kind, and the related field its result's children select. */
export interface FindOptions {
  readonly kind?: EntityKind;
  readonly nested?: RelatedSpec | null;
}

/**
 * The entity with this name or alias (and, when given, of this kind); null when there is none. Every lookup
 * field of Query (entity, industry, …) takes the same arguments.
 */
export async function findByName(
  ctx: Context,
  { name, plan }: QueryEntityArgs,
  { kind, nested = null }: FindOptions = {},
): Promise<EntityModel | null> {
  const entity = await ctx.loaders.entityByName(nested).load({
    value: nameArgument(name, 'name'),
    planId: plan ?? null,
  });
  return entity !== null && (kind === undefined || entity.kind === kind) ? entity : null;
}

/** Like findByName, but a miss is the caller's error: a BAD_USER_INPUT naming the argument and the name. */
export async function requireByName(
  ctx: Context,
  name: string,
  argumentName: string,
  plan: string | null | undefined,
): Promise<EntityModel> {
  const value = nameArgument(name, argumentName);
  const entity = await ctx.loaders.entityByName().load({ value, planId: plan ?? null });
  if (entity === null) throw badUserInput(`No entity is named "${value}" (${argumentName}).`, argumentName);
  return entity;
}
