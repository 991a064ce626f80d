import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { neighborhood, shortestPath } from '../../read/graph-questions.js';
import {
  entitiesPage,
  industriesPage,
  platformsPage,
  programsPage,
  talentTeamsPage,
} from '../../read/lists.js';
import { findByName } from '../../read/names.js';
import { interpretQuestion } from '../../read/interpret/interpret-question.js';
import { interpretRules } from '../../read/interpret/interpret-rules.js';
import { searchEntities, searchPage } from '../../read/search.js';
import { rankEntities } from '../../read/ranking.js';
import { findPassages } from '../../read/passages.js';
import { allPlans, planById } from '../../read/plans.js';
import { sectionByPath } from '../../read/sections.js';
import { indicatorsList, observationsList } from '../../read/indicators.js';

export const Query: QueryResolvers = {
  plans: (_parent, _args, ctx) => allPlans(ctx),
  plan: (_parent, args, ctx) => planById(ctx, args),

  entity: (_parent, args, ctx, info) => findByName(ctx, args, { info }),
  industry: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'INDUSTRY', info }),
  industryCategory: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'INDUSTRY_CATEGORY', info }),
  platform: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'PLATFORM', info }),
  program: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'PROGRAM', info }),
  talentTeam: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'TALENT_TEAM', info }),
  institution: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'INSTITUTION', info }),
  goal: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'GOAL', info }),
  policy: (_parent, args, ctx, info) => findByName(ctx, args, { kind: 'POLICY', info }),
  passages: (_parent, args, ctx) => findPassages(ctx, args),
  section: (_parent, args, ctx) => sectionByPath(ctx, args),

  industries: (_parent, args, ctx, info) => industriesPage(ctx, args, info),
  platforms: (_parent, args, ctx, info) => platformsPage(ctx, args, info),
  programs: (_parent, args, ctx, info) => programsPage(ctx, args, info),
  talentTeams: (_parent, args, ctx, info) => talentTeamsPage(ctx, args, info),
  entities: (_parent, args, ctx, info) => entitiesPage(ctx, args, info),

  indicators: (_parent, args, ctx) => indicatorsList(ctx, args),
  observations: (_parent, args, ctx) => observationsList(ctx, args),

  search: (_parent, args, ctx) => searchEntities(ctx, args),
  searchResults: (_parent, args, ctx) => searchPage(ctx, args),
  interpret: (_parent, args, ctx) => interpretQuestion(ctx, args),
  interpretRules: () => interpretRules(),
  path: (_parent, args, ctx, info) => shortestPath(ctx, args, info),
  neighborhood: (_parent, args, ctx, info) => neighborhood(ctx, args, info),
  ranking: (_parent, args, ctx) => rankEntities(ctx, args),
};
