import type { PlanResolvers } from '../../__generated__/resolvers-types.js';
import { entityFields, relatedField } from './entity-fields.js';

export const Plan: PlanResolvers = {
  ...entityFields,
  plan: (plan) => plan,
  text: async (plan, _args, { loaders }) => {
    const text = await loaders.planText.load(plan.id);
    if (text === null) throw new Error(`plan ${plan.id} has no text`);
    return text;
  },
  sections: (plan, _args, { loaders }) => loaders.planSections.load(plan.id),
  basedOn: relatedField('Plan', 'basedOn'),
  partners: relatedField('Plan', 'partners'),
  ledBy: relatedField('Plan', 'ledBy'),
};
