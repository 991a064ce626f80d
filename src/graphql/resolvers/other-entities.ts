import type {
  GoalResolvers,
  InstitutionResolvers,
  PolicyResolvers,
} from '../__generated__/resolvers-types.js';
import { entityFields, relatedField, required } from './entity-fields.js';
import type { PlanModel } from '../../domain/models.js';

export const Institution: InstitutionResolvers = {
  ...entityFields,
  type: required('type'),
  partners: relatedField('Institution', 'partners'),
  hosts: relatedField('Institution', 'hosts'),
  leads: relatedField('Institution', 'leads'),
  programs: relatedField('Institution', 'programs'),
};

export const Goal: GoalResolvers = {
  ...entityFields,
  partOf: relatedField('Goal', 'partOf'),
  parts: relatedField('Goal', 'parts'),
};

const policyPlans = relatedField('Policy', 'plans');

export const Policy: PolicyResolvers = {
  ...entityFields,
  // The related rows are whole Plan nodes (every property), so they are PlanModels.
  plans: async (policy, args, ctx, info) => (await policyPlans(policy, args, ctx, info)) as PlanModel[],
};
