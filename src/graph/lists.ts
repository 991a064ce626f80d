import type { Context } from '../context.js';
import type { Query } from '../db/query.js';
import { queries } from '../db/queries.js';
import type { ConnectionModel, EntityModel } from '../models.js';
import { requireByName } from './names.js';
import { keysetPage } from './pages.js';

interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}
type Filter<F> = { readonly plan?: string | null } & F;

const ROLES: Record<string, string> = {
  STATISTICAL_CATEGORY: 'statistical-category',
  KEY_TEAM: 'key-team',
  TARGET_GROUP: 'target-group',
};

/** Resolves a filter's entity name to its id; an unknown name is a BAD_USER_INPUT naming the filter. */
async function idOf(ctx: Context, name: string | null | undefined, argument: string, plan: string | null) {
  return name === null || name === undefined ? null : (await requireByName(ctx, name, argument, plan)).id;
}

/** One page of a root list: the page query with `after` and `limit`, the count query only when asked. */
function listPage<F extends { planId: string | null }>(
  ctx: Context,
  list: string,
  queriesOf: {
    page: Query<F & { after: string | null; limit: number }, { entity: EntityModel }>;
    count: Query<F, { total: number }>;
  },
  args: PageArgs,
  filter: F,
): Promise<ConnectionModel<EntityModel>> {
  return keysetPage(
    list,
    args.first,
    args.after,
    async (after, limit) =>
      (await ctx.db.read(queriesOf.page, { ...filter, after, limit })).map((r) => r.entity),
    async () => (await ctx.db.read(queriesOf.count, filter))[0]?.total ?? 0,
  );
}

export async function industriesPage(
  ctx: Context,
  args: PageArgs & { filter?: Filter<{ category?: string | null; supported?: boolean | null }> | null },
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.filter?.plan ?? null;
  const filter = {
    planId,
    categoryId: await idOf(ctx, args.filter?.category, 'filter.category', planId),
    supported: args.filter?.supported ?? null,
  };
  return listPage(
    ctx,
    'industries',
    { page: queries.industriesPage, count: queries.industriesCount },
    args,
    filter,
  );
}

export async function platformsPage(
  ctx: Context,
  args: PageArgs & {
    filter?: Filter<{ supports?: string | null; type?: string | null; collective?: boolean | null }> | null;
  },
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.filter?.plan ?? null;
  const filter = {
    planId,
    type: args.filter?.type ?? null,
    collective: args.filter?.collective ?? null,
    supportsId: await idOf(ctx, args.filter?.supports, 'filter.supports', planId),
  };
  return listPage(
    ctx,
    'platforms',
    { page: queries.platformsPage, count: queries.platformsCount },
    args,
    filter,
  );
}

export async function programsPage(
  ctx: Context,
  args: PageArgs & {
    filter?: Filter<{ develops?: string | null; serves?: string | null; type?: string | null }> | null;
  },
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.filter?.plan ?? null;
  const filter = {
    planId,
    type: args.filter?.type ?? null,
    developsId: await idOf(ctx, args.filter?.develops, 'filter.develops', planId),
    servesId: await idOf(ctx, args.filter?.serves, 'filter.serves', planId),
  };
  return listPage(
    ctx,
    'programs',
    { page: queries.programsPage, count: queries.programsCount },
    args,
    filter,
  );
}

export async function talentTeamsPage(
  ctx: Context,
  args: PageArgs & { filter?: Filter<{ role?: string | null; developedBy?: string | null }> | null },
): Promise<ConnectionModel<EntityModel>> {
  const planId = args.filter?.plan ?? null;
  const role = args.filter?.role;
  const filter = {
    planId,
    role: role === null || role === undefined ? null : (ROLES[role] ?? role),
    developedById: await idOf(ctx, args.filter?.developedBy, 'filter.developedBy', planId),
  };
  return listPage(
    ctx,
    'talentTeams',
    { page: queries.talentTeamsPage, count: queries.talentTeamsCount },
    args,
    filter,
  );
}

export function roleName(stored: string): string {
  return Object.entries(ROLES).find(([, value]) => value === stored)?.[0] ?? stored;
}
