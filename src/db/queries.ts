import type { PlanModel } from '../models.js';
import { cypher } from './query.js';

type NoParams = Record<string, never>;
/** Rows written by UNWIND: plain maps of property values. */
type Rows<K extends string> = Record<K, readonly object[]>;
type PlanRows<K extends string> = Rows<K> & { planId: string };

/** Every Cypher statement the app runs, declared once with its parameter and row types. */
export const queries = {
  ping: cypher<NoParams, { ok: number }>('ping'),

  // Graph schema (src/db/graph-schema.ts).
  constraintPlanId: cypher<NoParams, never>('constraint-plan-id'),
  constraintEntityId: cypher<NoParams, never>('constraint-entity-id'),
  constraintSectionId: cypher<NoParams, never>('constraint-section-id'),
  constraintIndicatorId: cypher<NoParams, never>('constraint-indicator-id'),
  constraintObservationId: cypher<NoParams, never>('constraint-observation-id'),
  indexEntityPlan: cypher<NoParams, never>('index-entity-plan'),
  indexSectionPlan: cypher<NoParams, never>('index-section-plan'),
  indexIndicatorPlan: cypher<NoParams, never>('index-indicator-plan'),
  indexObservationPlan: cypher<NoParams, never>('index-observation-plan'),
  indexNamePlan: cypher<NoParams, never>('index-name-plan'),
  indexNameValue: cypher<NoParams, never>('index-name-value'),
  indexIndustryKey: cypher<NoParams, never>('index-industry-key'),
  indexIndicatorKey: cypher<NoParams, never>('index-indicator-key'),
  fulltextEntityNames: cypher<NoParams, never>('fulltext-entity-names'),
  fulltextSectionText: cypher<NoParams, never>('fulltext-section-text'),
  indexesAwait: cypher<NoParams, never>('indexes-await'),
  indexesPresent: cypher<{ names: readonly string[] }, { name: string; state: string }>('indexes-present'),
  /** Tests only: proves that readiness notices a missing constraint. */
  constraintPlanIdDrop: cypher<NoParams, never>('constraint-plan-id-drop'),

  // Plans.
  plansAll: cypher<NoParams, PlanModel>('plans-all'),
  plansByIds: cypher<{ ids: readonly string[] }, PlanModel>('plans-by-ids'),

  // The importer: one plan, written in one transaction.
  planDatasetHash: cypher<{ planId: string }, { datasetHash: string | null }>('plan-dataset-hash'),
  planContentsDelete: cypher<{ planId: string }, never>('plan-contents-delete'),
  planUpsert: cypher<{ plan: object }, { id: string }>('plan-upsert'),
  sectionsCreate: cypher<Rows<'sections'>, never>('sections-create'),
  sectionLinksCreate: cypher<PlanRows<'sections'>, never>('section-links-create'),
  entitiesCreate: cypher<Rows<'entities'>, never>('entities-create'),
  namesCreate: cypher<PlanRows<'names'>, never>('names-create'),
  entityEvidenceCreate: cypher<Rows<'evidence'>, never>('entity-evidence-create'),
  indicatorEvidenceCreate: cypher<Rows<'evidence'>, never>('indicator-evidence-create'),
  observationEvidenceCreate: cypher<Rows<'evidence'>, never>('observation-evidence-create'),
  indicatorsCreate: cypher<Rows<'indicators'>, never>('indicators-create'),
  observationsCreate: cypher<Rows<'observations'>, never>('observations-create'),
  relationsCreate: cypher<Rows<'relations'>, never>('relations-create'),
  measuresCreate: cypher<Rows<'relations'>, never>('measures-create'),
  observesCreate: cypher<Rows<'relations'>, never>('observes-create'),
  baselineOfCreate: cypher<Rows<'relations'>, never>('baseline-of-create'),
  restatesCreate: cypher<Rows<'relations'>, never>('restates-create'),
  mentionsCreate: cypher<Rows<'mentions'>, never>('mentions-create'),
  graphDigestNodes: cypher<{ planId: string }, { labels: string[]; props: Record<string, unknown> }>(
    'graph-digest-nodes',
  ),
  graphDigestRelationships: cypher<
    { planId: string },
    { type: string; props: Record<string, unknown>; fromKey: string; toKey: string }
  >('graph-digest-relationships'),
} as const;
