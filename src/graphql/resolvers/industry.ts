import type { IndustryCategoryResolvers, IndustryResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

const categories = relatedField('Industry', 'categories');

export const Industry: IndustryResolvers = {
  ...entityFields,
  key: required('key'),
  // The plan's own grouping system (诸暨's “333”) is the category that names a system; other groupings
  // (新兴业态, 区域主导产业 …) are in `categories`.
  category: async (industry, args, ctx, info) =>
    (await categories(industry, args, ctx, info)).find((category) => Boolean(category.system)) ?? null,
  categories,
  platforms: relatedField('Industry', 'platforms'),
  programs: relatedField('Industry', 'programs'),
  talentTeams: relatedField('Industry', 'talentTeams'),
  indicators: (industry, _args, { loaders }) => loaders.indicatorsByEntity.load(industry.id),
  counterparts: (industry, _args, { loaders }) => loaders.industryCounterparts.load(industry.id),
};

export const IndustryCategory: IndustryCategoryResolvers = {
  ...entityFields,
  key: required('key'),
  system: (category) => category.system ?? null,
  industries: relatedField('IndustryCategory', 'industries'),
  partOf: relatedField('IndustryCategory', 'partOf'),
  parts: relatedField('IndustryCategory', 'parts'),
};
