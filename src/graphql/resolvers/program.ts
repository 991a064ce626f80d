import type { ProgramResolvers } from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

export const Program: ProgramResolvers = {
  ...entityFields,
  type: required('type'),
  talentTeams: relatedField('Program', 'talentTeams'),
  industries: relatedField('Program', 'industries'),
  platforms: relatedField('Program', 'platforms'),
  institutions: relatedField('Program', 'institutions'),
  ledBy: relatedField('Program', 'ledBy'),
  observations: (program, _args, { loaders }) => loaders.observationsByEntity.load(program.id),
};
