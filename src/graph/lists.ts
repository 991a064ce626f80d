import type { Context } from '../context.js';
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
  return keysetPage(
    'industries',
    args.first,
    args.after,
    async (after, limit) =>
      (await ctx.db.read(queries.industriesPage, { ...filter, after, limit })).map((r) => r.entity),
    async () => (await ctx.db.read(queries.industriesCount, filter))[0]?.total ?? 0,
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
  return keysetPage(
    'platforms',
    args.first,
    args.after,
    async (after, limit) =>
      (await ctx.db.read(queries.platformsPage, { ...filter, after, limit })).map((r) => r.entity),
    async () => (await ctx.db.read(queries.platformsCount, filter))[0]?.total ?? 0,
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
  return keysetPage(
    'programs',
    args.first,
    args.after,
    async (after, limit) =>
      (await ctx.db.read(queries.programsPage, { ...filter, after, limit })).map((r) => r.entity),
    async () => (await ctx.db.read(queries.programsCount, filter))[0]?.total ?? 0,
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
  return keysetPage(
    'talentTeams',
    args.first,
    args.after,
    async (after, limit) =>
      (await ctx.db.read(queries.talentTeamsPage, { ...filter, after, limit })).map((r) => r.entity),
    async () => (await ctx.db.read(queries.talentTeamsCount, filter))[0]?.total ?? 0,
  );
}

export function roleName(stored: string): string {
  return Object.entries(ROLES).find(([, value]) => value === stored)?.[0] ?? stored;
}
