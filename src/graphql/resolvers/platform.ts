import type { PlatformResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

export const Platform: PlatformResolvers = {
  ...entityFields,
  type: required('type'),
  level: (platform) => platform.level ?? null,
  collective: (platform) => platform.collective === true,
  status: (platform) => platform.status ?? null,
  industries: relatedField('Platform', 'industries'),
  talentTeams: relatedField('Platform', 'talentTeams'),
  programs: relatedField('Platform', 'programs'),
  institutions: relatedField('Platform', 'institutions'),
  partOf: relatedField('Platform', 'partOf'),
  parts: relatedField('Platform', 'parts'),
  indicators: (platform, _args, { loaders }) => loaders.indicatorsByEntity.load(platform.id),
  observations: (platform, _args, { loaders }) => loaders.observationsByEntity.load(platform.id),
};
