import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context.js';
import type { Query } from '../db/cypher-file.js';
import { queries } from '../db/queries.js';
import type { ConnectionModel, EntityModel } from '../domain/models.js';
import type {
  EntityKind,
  QueryEntitiesArgs,
  QueryIndustriesArgs,
  QueryPlatformsArgs,
  QueryProgramsArgs,
  QueryTalentTeamsArgs,
} from '../__generated__/schema-types.js';
import { requireByName } from './names.js';
import { keysetPage } from './pages.js';
import { requireKnownPlan, requireKnownValue } from './unknown-values.js';
import { pageFetch, type FiltersOf } from './compiled/compiled-reads.js';
import type { Params } from './compiled/read-plan.js';

/** A filter's value as a compiled statement's parameter, or null when the argument was not given. */
const given = (params: Params, value: unknown) =>
  value === null || value === undefined ? null : params.add(value);

/** Compiled filters with nothing but a plan: the rest are added by each list. */
const planOnly = (params: Params, planId: string | null) => ({
  plan: given(params, planId),
  equals: [],
  holds: [],
  linkedTo: [],
  supported: null,
  category: null,
});

/** The paging arguments every root list takes. */
type PageArgs = Pick<QueryIndustriesArgs, 'first' | 'after'>;

/**
 * Resolves a filter's entity name to its id. An unknown name, or the name of another kind of entity (a talent
 * team where a program is meant), is NOT_FOUND naming the argument, with close names: an empty page would hide
 * the slip.
 */
async function idOf(
  ctx: Context,
  name: string | null | undefined,
  argument: string,
  plan: string | null,
  kinds: readonly EntityKind[],
) {
  if (name === null || name === undefined) return null;
  return (await requireByName(ctx, name, argument, plan, { kinds })).id;
}

/**
 * One page of a root list: the page query with `after` and `limit`, the count query only when asked. An empty
 * page calls `ifEmpty`, which throws when the arguments name what the graph lacks (the plan, by default).
 */
async function listPage<F extends { planId: string | null }>(
  ctx: Context,
  info: GraphQLResolveInfo,
  list: string,
  queriesOf: {
    page: Query<F & { after: string | null; limit: number }, { entity: EntityModel }>;
    count: Query<F, { total: number }>;
  },
  args: PageArgs,
  filter: F,
  filtersOf: FiltersOf,
  ifEmpty: () => Promise<void> = () => requireKnownPlan(ctx, filter.planId),
): Promise<ConnectionModel<EntityModel>> {
  const page = await keysetPage(
    list,
    args.first,
    args.after,
    pageFetch(ctx, info, filtersOf, async (after, limit) =>
      (await ctx.db.read(queriesOf.page, { ...filter, after, limit })).map((r) => r.entity),
    ),
    async () => (await ctx.db.read(queriesOf.count, filter))[0]?.total ?? 0,
  );
  // An empty page may come from an unknown plan or type: that is the caller's slip, not an empty answer.
  if (page.edges.length === 0) await ifEmpty();
  return page;
}

export async function industriesPage(
  ctx: Context,
  args: QueryIndustriesArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.plan ?? null;
  const filter = {
    planId,
    categoryId: await idOf(ctx, args.category, 'category', planId, ['INDUSTRY_CATEGORY']),
    supported: args.supported ?? null,
  };
  return listPage(
    ctx,
    info,
    'industries',
    { page: queries.industriesPage, count: queries.industriesCount },
    args,
    filter,
    (params) => ({
      ...planOnly(params, planId),
      supported: given(params, filter.supported),
      category: given(params, filter.categoryId),
    }),
  );
}

export async function platformsPage(
  ctx: Context,
  args: QueryPlatformsArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.plan ?? null;
  const filter = {
    planId,
    type: args.type ?? null,
    collective: args.collective ?? null,
    supportsId: await idOf(ctx, args.supports, 'supports', planId, ['INDUSTRY']),
  };
  return listPage(
    ctx,
    info,
    'platforms',
    { page: queries.platformsPage, count: queries.platformsCount },
    args,
    filter,
    (params) => ({
      ...planOnly(params, planId),
      equals: [
        ...(filter.type === null ? [] : [{ property: 'type', param: params.add(filter.type) }]),
        ...(filter.collective === null
          ? []
          : [{ property: 'collective', param: params.add(filter.collective) }]),
      ],
      linkedTo:
        filter.supportsId === null
          ? []
          : [{ types: ['SUPPORTS'], direction: 'OUT', param: params.add(filter.supportsId) }],
    }),
    () =>
      requireKnownValue(ctx, args.type, planId, {
        argumentName: 'type',
        label: 'platform type',
        query: queries.platformTypes,
      }),
  );
}

export async function programsPage(
  ctx: Context,
  args: QueryProgramsArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.plan ?? null;
  const filter = {
    planId,
    type: args.type ?? null,
    developsId: await idOf(ctx, args.develops, 'develops', planId, ['TALENT_TEAM']),
    servesId: await idOf(ctx, args.serves, 'serves', planId, ['INDUSTRY']),
  };
  return listPage(
    ctx,
    info,
    'programs',
    { page: queries.programsPage, count: queries.programsCount },
    args,
    filter,
    (params) => ({
      ...planOnly(params, planId),
      equals: filter.type === null ? [] : [{ property: 'type', param: params.add(filter.type) }],
      linkedTo: [
        ...(filter.developsId === null
          ? []
          : [
              {
                types: ['DEVELOPS', 'SERVES'],
                direction: 'OUT' as const,
                param: params.add(filter.developsId),
              },
            ]),
        ...(filter.servesId === null
          ? []
          : [{ types: ['SERVES'], direction: 'OUT' as const, param: params.add(filter.servesId) }]),
      ],
    }),
    () =>
      requireKnownValue(ctx, args.type, planId, {
        argumentName: 'type',
        label: 'program type',
        query: queries.programTypes,
      }),
  );
}

export async function talentTeamsPage(
  ctx: Context,
  args: QueryTalentTeamsArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.plan ?? null;
  const filter = {
    planId,
    // Apollo has already turned KEY_TEAM into the stored key-team (TALENT_ROLES are the enum's internal values).
    role: args.role ?? null,
    developedById: await idOf(ctx, args.developedBy, 'developedBy', planId, ['PROGRAM']),
  };
  return listPage(
    ctx,
    info,
    'talentTeams',
    { page: queries.talentTeamsPage, count: queries.talentTeamsCount },
    args,
    filter,
    (params) => ({
      ...planOnly(params, planId),
      holds: filter.role === null ? [] : [{ property: 'roles', param: params.add(filter.role) }],
      linkedTo:
        filter.developedById === null
          ? []
          : [{ types: ['DEVELOPS', 'SERVES'], direction: 'IN', param: params.add(filter.developedById) }],
    }),
  );
}

/**
 * Entities of any kinds, a page at a time: the list of the kinds without their own (institutions, goals,
 * policies). Note: its nodes are of an interface type, which the statement compiler leaves to the fixed
 * statement and the loaders (NotCompiled), so `kinds` needs no compiled form; the test of this list checks that
 * a page holds only the kinds asked.
 */
export async function entitiesPage(
  ctx: Context,
  args: QueryEntitiesArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.plan ?? null;
  const filter = {
    planId,
    kinds: args.kinds && args.kinds.length > 0 ? args.kinds : null,
    // Apollo has already turned DRAFT into the stored draft (CURATIONS are the enum's internal values).
    curation: args.curation ?? null,
  };
  return listPage(
    ctx,
    info,
    'entities',
    { page: queries.entitiesPage, count: queries.entitiesCount },
    args,
    filter,
    (params) => planOnly(params, planId),
  );
}
