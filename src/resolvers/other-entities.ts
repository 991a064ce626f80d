import type {
  GoalResolvers,
  InstitutionResolvers,
  PolicyResolvers,
} from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

export const Institution: InstitutionResolvers = {
  ...entityFields,
  type: required('type'),
  partners: relatedField('OUT', ['PARTNERS_WITH']),
  hosts: relatedField('OUT', ['HOSTS'], ['PLATFORM']),
  leads: relatedField('OUT', ['LEADS']),
};

export const Goal: GoalResolvers = {
  ...entityFields,
  partOf: relatedField('OUT', ['PART_OF'], ['GOAL']),
  parts: relatedField('IN', ['PART_OF'], ['GOAL']),
};

export const Policy: PolicyResolvers = { ...entityFields };
