import type { EntityResolvers } from '../__generated__/resolvers-types.js';
import type { EntityKindValue } from '../models.js';

const TYPE_NAMES: Record<EntityKindValue, string> = {
  PLAN: 'Plan',
  INDUSTRY: 'Industry',
  INDUSTRY_CATEGORY: 'IndustryCategory',
  PLATFORM: 'Platform',
  PROGRAM: 'Program',
  TALENT_TEAM: 'TalentTeam',
  INSTITUTION: 'Institution',
  GOAL: 'Goal',
  POLICY: 'Policy',
};

export const Entity: EntityResolvers = {
  __resolveType: (entity) =>
    TYPE_NAMES[entity.kind] as ReturnType<NonNullable<EntityResolvers['__resolveType']>>,
};
