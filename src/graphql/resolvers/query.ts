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

  entity: (_parent, { name, plan }, ctx) => findByName(ctx, name, plan),
  industry: (_parent, { name, plan }, ctx, info) => findByName(ctx, name, plan, 'INDUSTRY', nestedSpec(info)),
  industryCategory: (_parent, { name, plan }, ctx, info) =>
    findByName(ctx, name, plan, 'INDUSTRY_CATEGORY', nestedSpec(info)),
  platform: (_parent, { name, plan }, ctx, info) => findByName(ctx, name, plan, 'PLATFORM', nestedSpec(info)),
  program: (_parent, { name, plan }, ctx, info) => findByName(ctx, name, plan, 'PROGRAM', nestedSpec(info)),
  talentTeam: (_parent, { name, plan }, ctx, info) =>
    findByName(ctx, name, plan, 'TALENT_TEAM', nestedSpec(info)),
  institution: (_parent, { name, plan }, ctx, info) =>
    findByName(ctx, name, plan, 'INSTITUTION', nestedSpec(info)),
  goal: (_parent, { name, plan }, ctx, info) => findByName(ctx, name, plan, 'GOAL', nestedSpec(info)),
  policy: (_parent, { name, plan }, ctx, info) => findByName(ctx, name, plan, 'POLICY', nestedSpec(info)),
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
