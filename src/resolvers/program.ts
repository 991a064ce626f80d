import type { ProgramResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

export const Program: ProgramResolvers = {
  ...entityFields,
  type: required('type'),
  talentTeams: relatedField('OUT', ['DEVELOPS', 'SERVES'], ['TALENT_TEAM']),
  industries: relatedField('OUT', ['SERVES'], ['INDUSTRY']),
  platforms: relatedField('OUT', ['RELIES_ON'], ['PLATFORM']),
  observations: (program, _args, { loaders }) => loaders.observationsByEntity.load(program.id),
};
