import type { PlanResolvers } from '../__generated__/resolvers-types.js';
import { loadExisting } from '../../loaders/load-existing.js';
import { entityFields, relatedField } from './entity-fields.js';

export const Plan: PlanResolvers = {
  ...entityFields,
  plan: (plan) => plan,
  text: (plan, _args, { loaders }) => loadExisting(loaders.planText, plan.id, 'text of plan'),
  sections: (plan, _args, { loaders }) => loaders.planSections.load(plan.id),
  basedOn: relatedField('Plan', 'basedOn'),
  partners: relatedField('Plan', 'partners'),
  ledBy: relatedField('Plan', 'ledBy'),
};
