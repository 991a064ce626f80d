import type { TalentRole, TalentTeamResolvers } from '../../__generated__/resolvers-types.js';
import { roleName } from '../../read/lists.js';
import { entityFields, relatedField } from './entity-fields.js';

export const TalentTeam: TalentTeamResolvers = {
  ...entityFields,
  roles: (team) => (team.roles ?? []).map((role) => roleName(role) as TalentRole),
  programs: relatedField('TalentTeam', 'programs'),
  platforms: relatedField('TalentTeam', 'platforms'),
  industries: relatedField('TalentTeam', 'industries'),
  partOf: relatedField('TalentTeam', 'partOf'),
  parts: relatedField('TalentTeam', 'parts'),
  indicators: (team, _args, { loaders }) => loaders.indicatorsByEntity.load(team.id),
  observations: (team, _args, { loaders }) => loaders.observationsByEntity.load(team.id),
};
