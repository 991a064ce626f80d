import type { IndustryCategoryResolvers, IndustryResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

const categories = relatedField('Industry', 'categories');

export const Industry: IndustryResolvers = {
  ...entityFields,
  key: required('key'),
  category: async (industry, args, ctx, info) =>
    (await categories(industry, args, ctx, info)).find((category) => category.system === '333') ?? null,
  categories,
  platforms: relatedField('Industry', 'platforms'),
  programs: relatedField('Industry', 'programs'),
  talentTeams: relatedField('Industry', 'talentTeams'),
  indicators: (industry, _args, { loaders }) => loaders.indicatorsByEntity.load(industry.id),
};

export const IndustryCategory: IndustryCategoryResolvers = {
  ...entityFields,
  key: required('key'),
  system: (category) => category.system ?? null,
  industries: relatedField('IndustryCategory', 'industries'),
  partOf: relatedField('IndustryCategory', 'partOf'),
  parts: relatedField('IndustryCategory', 'parts'),
};
