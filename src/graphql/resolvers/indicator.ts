import type { IndicatorResolvers, ObservationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { indicatorChange } from '../../domain/indicator-math.js';
import { levelOf } from '../../domain/level.js';

const planOf = async (planId: string, { loaders }: Context) => {
  const plan = await loaders.planById.load(planId);
  if (plan === null) throw new Error(`no plan ${planId}`);
  return plan;
};

export const Indicator: IndicatorResolvers = {
  bound: (indicator) => indicator.comparator,
  level: (indicator) => levelOf(indicator.name),
  evidence: (indicator, _args, { loaders }) => loaders.indicatorEvidence.load(indicator.id),
  measures: (indicator, _args, { loaders }) => loaders.measuredByIndicator.load(indicator.id),
  restates: (indicator, _args, { loaders }) => loaders.restatedByIndicator.load(indicator.id),
  restatedBy: (indicator, _args, { loaders }) => loaders.restatementsByIndicator.load(indicator.id),
  counterparts: (indicator, _args, { loaders }) => loaders.indicatorCounterparts.load(indicator.id),
  change: (indicator) => indicatorChange(indicator).change,
  growthPercent: (indicator) => indicatorChange(indicator).growthPercent,
  requiredAnnualGrowthPercent: (indicator) => indicatorChange(indicator).requiredAnnualGrowthPercent,
  baselineObservations: (indicator, _args, { loaders }) =>
    loaders.baselineObservationsByIndicator.load(indicator.id),
  plan: (indicator, _args, ctx) => planOf(indicator.planId, ctx),
};

export const Observation: ObservationResolvers = {
  level: (observation) => levelOf(observation.name),
  evidence: (observation, _args, { loaders }) => loaders.observationEvidence.load(observation.id),
  about: (observation, _args, { loaders }) => loaders.aboutByObservation.load(observation.id),
  baselineOf: (observation, _args, { loaders }) => loaders.baselineOfByObservation.load(observation.id),
  plan: (observation, _args, ctx) => planOf(observation.planId, ctx),
};
