import type {
  GoalResolvers,
  InstitutionResolvers,
  PolicyResolvers,
} from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';

export const Institution: InstitutionResolvers = {
  ...entityFields,
  type: required('type'),
  partners: relatedField('Institution', 'partners'),
  hosts: relatedField('Institution', 'hosts'),
  leads: relatedField('Institution', 'leads'),
};

export const Goal: GoalResolvers = {
  ...entityFields,
  partOf: relatedField('Goal', 'partOf'),
  parts: relatedField('Goal', 'parts'),
};

export const Policy: PolicyResolvers = { ...entityFields };
