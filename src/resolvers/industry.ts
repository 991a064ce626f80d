import type { IndustryCategoryResolvers, IndustryResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

const categories = relatedField('OUT', ['IN_CATEGORY'], ['INDUSTRY_CATEGORY']);

export const Industry: IndustryResolvers = {
  ...entityFields,
  key: required('key'),
  category: async (industry, args, ctx) =>
    (await categories(industry, args, ctx)).find((category) => category.system === '333') ?? null,
  categories,
  platforms: relatedField('IN', ['SUPPORTS'], ['PLATFORM']),
  programs: relatedField('IN', ['SERVES'], ['PROGRAM']),
  talentTeams: relatedField('IN', ['SERVES'], ['TALENT_TEAM']),
  indicators: (industry, _args, { loaders }) => loaders.indicatorsByEntity.load(industry.id),
};

export const IndustryCategory: IndustryCategoryResolvers = {
  ...entityFields,
  key: required('key'),
  system: (category) => category.system ?? null,
  industries: relatedField('IN', ['IN_CATEGORY'], ['INDUSTRY']),
  partOf: relatedField('OUT', ['PART_OF'], ['INDUSTRY_CATEGORY']),
  parts: relatedField('IN', ['PART_OF'], ['INDUSTRY_CATEGORY']),
};
