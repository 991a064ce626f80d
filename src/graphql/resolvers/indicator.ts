import type { IndicatorResolvers, ObservationResolvers } from '../__generated__/resolvers-types.js';
import { indicatorChange } from '../../domain/indicator-math.js';
import { levelOf } from '../../domain/level.js';
import { loadExisting } from '../../loaders/load-existing.js';

export const Indicator: IndicatorResolvers = {
  bound: (indicator) => indicator.comparator,
  level: (indicator) => levelOf(indicator.name),
  curation: (indicator) => indicator.curation ?? 'curated',
  evidence: (indicator, _args, { loaders }) => loaders.indicatorEvidence.load(indicator.id),
  measures: (indicator, _args, { loaders }) => loaders.measuredByIndicator.load(indicator.id),
  restates: (indicator, _args, { loaders }) => loaders.restatedByIndicator.load(indicator.id),
  restatedBy: (indicator, _args, { loaders }) => loaders.restatementsByIndicator.load(indicator.id),
  counterparts: (indicator, _args, { loaders }) => loaders.indicatorCounterparts.load(indicator.id),
  change: (indicator) => indicatorChange(indicator).change,
  targetLevel: (indicator) => indicatorChange(indicator).targetLevel,
  growthPercent: (indicator) => indicatorChange(indicator).growthPercent,
  requiredAnnualGrowthPercent: (indicator) => indicatorChange(indicator).requiredAnnualGrowthPercent,
  baselineObservations: (indicator, _args, { loaders }) =>
    loaders.baselineObservationsByIndicator.load(indicator.id),
  plan: (indicator, _args, { loaders }) => loadExisting(loaders.planById, indicator.planId, 'plan'),
};

export const Observation: ObservationResolvers = {
  level: (observation) => levelOf(observation.name),
  curation: (observation) => observation.curation ?? 'curated',
  evidence: (observation, _args, { loaders }) => loaders.observationEvidence.load(observation.id),
  about: (observation, _args, { loaders }) => loaders.aboutByObservation.load(observation.id),
  baselineOf: (observation, _args, { loaders }) => loaders.baselineOfByObservation.load(observation.id),
  plan: (observation, _args, { loaders }) => loadExisting(loaders.planById, observation.planId, 'plan'),
};
