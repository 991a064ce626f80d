import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { queries } from '../../db/queries.js';
import { neighborhood, shortestPath } from '../../read/graph-questions.js';
import { industriesPage, platformsPage, programsPage, talentTeamsPage } from '../../read/lists.js';
import { nestedSpec } from '../../read/look-ahead.js';
import { findByName } from '../../read/names.js';
import { searchEntities } from '../../read/search.js';
import { findPassages } from '../../read/passages.js';

export const Query: QueryResolvers = {
  plans: async (_parent, _args, { db }) => (await db.read(queries.plansAll, {})).map((row) => row.plan),
  plan: (_parent, { id }, { loaders }) => loaders.planById.load(id),

  entity: (_parent, args, ctx) => findByName(ctx, args),
  industry: (_parent, args, ctx, info) =>
    findByName(ctx, args, { kind: 'INDUSTRY', nested: nestedSpec(info) }),
  industryCategory: (_parent, args, ctx, info) =>
    findByName(ctx, args, { kind: 'INDUSTRY_CATEGORY', nested: nestedSpec(info) }),
  platform: (_parent, args, ctx, info) =>
    findByName(ctx, args, { kind: 'PLATFORM', nested: nestedSpec(info) }),
  program: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'PROGRAM', nested: nestedSpec(info) }),
  talentTeam: (_parent, args, ctx, info) =>
    findByName(ctx, args, { kind: 'TALENT_TEAM', nested: nestedSpec(info) }),
  institution: (_parent, args, ctx, info) =>
    findByName(ctx, args, { kind: 'INSTITUTION', nested: nestedSpec(info) }),
  goal: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'GOAL', nested: nestedSpec(info) }),
  policy: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'POLICY', nested: nestedSpec(info) }),
  passages: (_parent, args, ctx) => findPassages(ctx, args),
  section: async (_parent, { path, plan }, { db }) =>
    (await db.read(queries.sectionByPath, { path, planId: plan ?? null }))[0]?.section ?? null,

  industries: (_parent, args, ctx) => industriesPage(ctx, args),
  platforms: (_parent, args, ctx) => platformsPage(ctx, args),
  programs: (_parent, args, ctx) => programsPage(ctx, args),
  talentTeams: (_parent, args, ctx) => talentTeamsPage(ctx, args),

  indicators: async (_parent, { category, fromTable, bound, plan }, { db }) =>
    (
      await db.read(queries.indicatorsList, {
        category: category ?? null,
        fromTable: fromTable ?? null,
        bounds: bound && bound.length > 0 ? bound : null,
        planId: plan ?? null,
      })
    ).map((row) => row.indicator),
  observations: async (_parent, { plan }, { db }) =>
    (await db.read(queries.observationsList, { planId: plan ?? null })).map((row) => row.observation),

  search: (_parent, args, ctx) => searchEntities(ctx, args),
  path: (_parent, args, ctx) => shortestPath(ctx, args),
  neighborhood: (_parent, args, ctx) => neighborhood(ctx, args),
};
