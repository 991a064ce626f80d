import type { TalentRole, TalentTeamResolvers } from '../__generated__/resolvers-types.js';
import { roleName } from '../graph/lists.js';
import { entityFields, relatedField } from './entity-fields.js';

export const TalentTeam: TalentTeamResolvers = {
  ...entityFields,
  roles: (team) => (team.roles ?? []).map((role) => roleName(role) as TalentRole),
  programs: relatedField('IN', ['DEVELOPS', 'SERVES'], ['PROGRAM']),
  platforms: relatedField('IN', ['DEVELOPS'], ['PLATFORM']),
  industries: relatedField('OUT', ['SERVES'], ['INDUSTRY']),
  partOf: relatedField('OUT', ['PART_OF'], ['TALENT_TEAM']),
  parts: relatedField('IN', ['PART_OF'], ['TALENT_TEAM']),
  indicators: (team, _args, { loaders }) => loaders.indicatorsByEntity.load(team.id),
  observations: (team, _args, { loaders }) => loaders.observationsByEntity.load(team.id),
};
