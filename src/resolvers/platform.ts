import type { PlatformResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

export const Platform: PlatformResolvers = {
  ...entityFields,
  type: required('type'),
  level: (platform) => platform.level ?? null,
  collective: (platform) => platform.collective === true,
  status: (platform) => platform.status ?? null,
  industries: relatedField('OUT', ['SUPPORTS'], ['INDUSTRY']),
  talentTeams: relatedField('OUT', ['DEVELOPS'], ['TALENT_TEAM']),
  programs: relatedField('IN', ['RELIES_ON'], ['PROGRAM']),
  institutions: relatedField('IN', ['HOSTS', 'PARTNERS_WITH'], ['INSTITUTION']),
  partOf: relatedField('OUT', ['PART_OF'], ['PLATFORM']),
  parts: relatedField('IN', ['PART_OF'], ['PLATFORM']),
  indicators: (platform, _args, { loaders }) => loaders.indicatorsByEntity.load(platform.id),
  observations: (platform, _args, { loaders }) => loaders.observationsByEntity.load(platform.id),
};
