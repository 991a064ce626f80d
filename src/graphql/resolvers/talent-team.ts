import type { TalentTeamResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField } from './entity-fields.js';

export const TalentTeam: TalentTeamResolvers = {
  ...entityFields,
  // Stored values; Apollo names them (TALENT_ROLES are the TalentRole enum's internal values).
  roles: (team) => [...(team.roles ?? [])],
  programs: relatedField('TalentTeam', 'programs'),
  platforms: relatedField('TalentTeam', 'platforms'),
  industries: relatedField('TalentTeam', 'industries'),
  partOf: relatedField('TalentTeam', 'partOf'),
  parts: relatedField('TalentTeam', 'parts'),
  indicators: (team, _args, { loaders }) => loaders.indicatorsByEntity.load(team.id),
  observations: (team, _args, { loaders }) => loaders.observationsByEntity.load(team.id),
};
