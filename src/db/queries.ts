import type {
  EntityModel,
  EvidenceModel,
  IndicatorModel,
  MentionModel,
  ObservationModel,
  PlanModel,
  RelatedModel,
  RelationModel,
  SectionModel,
} from '../models.js';
import { cypher } from './query.js';

type NoParams = Record<string, never>;
/** Rows written by UNWIND: plain maps of property values. */
type Rows<K extends string> = Record<K, readonly object[]>;
type PlanRows<K extends string> = Rows<K> & { planId: string };
type Ids = { ids: readonly string[] };
type ById<K extends string, V> = { id: string } & Record<K, V>;
type PageParams<F> = F & { after: string | null; limit: number; planId: string | null };
type CountParams<F> = F & { planId: string | null };
type Total = { total: number };

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
  indexIndustryId: cypher<NoParams, never>('index-industry-id'),
  indexPlatformId: cypher<NoParams, never>('index-platform-id'),
  indexProgramId: cypher<NoParams, never>('index-program-id'),
  indexTalentTeamId: cypher<NoParams, never>('index-talent-team-id'),
  indexNameValueText: cypher<NoParams, never>('index-name-value-text'),
  fulltextEntityNames: cypher<NoParams, never>('fulltext-entity-names'),
  fulltextSectionText: cypher<NoParams, never>('fulltext-section-text'),
  indexesAwait: cypher<NoParams, never>('indexes-await'),
  indexesPresent: cypher<{ names: readonly string[] }, { name: string; state: string }>('indexes-present'),
  /** Tests only: proves that readiness notices a missing constraint. */
  constraintPlanIdDrop: cypher<NoParams, never>('constraint-plan-id-drop'),

  // Plans and sections.
  plansAll: cypher<NoParams, { plan: PlanModel }>('plans-all'),
  plansByIds: cypher<Ids, ById<'plan', PlanModel>>('plans-by-ids'),
  plansVersion: cypher<NoParams, { id: string; datasetHash: string | null }>('plans-version'),
  planTextsByIds: cypher<Ids, ById<'text', string>>('plan-texts-by-ids'),
  planSectionsByIds: cypher<Ids, ById<'sections', SectionModel[]>>('plan-sections-by-ids'),
  sectionsByIds: cypher<Ids, ById<'section', SectionModel>>('sections-by-ids'),
  sectionByPath: cypher<{ path: string; planId: string | null }, { section: SectionModel }>(
    'section-by-path',
  ),
  sectionChildrenByIds: cypher<Ids, ById<'sections', SectionModel[]>>('section-children-by-ids'),

  // Entities and their relationships: one UNWIND $ids statement per DataLoader batch.
  entitiesByIds: cypher<Ids, ById<'entity', EntityModel>>('entities-by-ids'),
  entitiesByNames: cypher<
    {
      keys: readonly { key: string; value: string; planId: string | null }[];
      nested: RelatedSpecParam | null;
    },
    { key: string; entity: EntityModel | null; nested: RelatedModel[] | null }
  >('entities-by-names'),
  relatedOut: cypher<RelatedParams, ById<'items', RelatedModel[]>>('related-out'),
  relatedIn: cypher<RelatedParams, ById<'items', RelatedModel[]>>('related-in'),
  relatedCounts: cypher<
    {
      keys: readonly {
        key: string;
        id: string;
        direction: string;
        types: readonly string[] | null;
        kinds: readonly string[] | null;
      }[];
    },
    { key: string; count: number }
  >('related-counts'),
  entityEvidenceByIds: cypher<Ids, ById<'evidence', EvidenceModel[]>>('entity-evidence-by-ids'),
  indicatorEvidenceByIds: cypher<Ids, ById<'evidence', EvidenceModel[]>>('indicator-evidence-by-ids'),
  observationEvidenceByIds: cypher<Ids, ById<'evidence', EvidenceModel[]>>('observation-evidence-by-ids'),
  mentionsByEntityIds: cypher<Ids, ById<'mentions', MentionModel[]>>('mentions-by-entity-ids'),
  mentionsBySectionIds: cypher<Ids, ById<'mentions', MentionModel[]>>('mentions-by-section-ids'),

  // Indicators and observations.
  indicatorsList: cypher<
    {
      planId: string | null;
      category: string | null;
      fromTable: boolean | null;
      bounds: readonly string[] | null;
    },
    { indicator: IndicatorModel }
  >('indicators-list'),
  observationsList: cypher<{ planId: string | null }, { observation: ObservationModel }>('observations-list'),
  indicatorsByEntityIds: cypher<Ids, ById<'indicators', IndicatorModel[]>>('indicators-by-entity-ids'),
  observationsByEntityIds: cypher<Ids, ById<'observations', ObservationModel[]>>(
    'observations-by-entity-ids',
  ),
  measuredByIndicatorIds: cypher<Ids, ById<'entities', EntityModel[]>>('measured-by-indicator-ids'),
  aboutByObservationIds: cypher<Ids, ById<'entities', EntityModel[]>>('about-by-observation-ids'),
  restatedByIndicatorIds: cypher<Ids, ById<'indicator', IndicatorModel>>('restated-by-indicator-ids'),
  restatementsByIndicatorIds: cypher<Ids, ById<'indicators', IndicatorModel[]>>(
    'restatements-by-indicator-ids',
  ),
  industryCounterpartsByIds: cypher<Ids, ById<'entities', EntityModel[]>>('industry-counterparts-by-ids'),
  indicatorCounterpartsByIds: cypher<Ids, ById<'indicators', IndicatorModel[]>>(
    'indicator-counterparts-by-ids',
  ),
  baselineObservationsByIndicatorIds: cypher<Ids, ById<'observations', ObservationModel[]>>(
    'baseline-observations-by-indicator-ids',
  ),
  baselineOfByObservationIds: cypher<Ids, ById<'indicator', IndicatorModel>>(
    'baseline-of-by-observation-ids',
  ),

  // Root lists: keyset pages (id order) and their counts.
  industriesPage: cypher<PageParams<IndustryFilter>, { entity: EntityModel }>('industries-page'),
  industriesCount: cypher<CountParams<IndustryFilter>, Total>('industries-count'),
  platformsPage: cypher<PageParams<PlatformFilter>, { entity: EntityModel }>('platforms-page'),
  platformsCount: cypher<CountParams<PlatformFilter>, Total>('platforms-count'),
  programsPage: cypher<PageParams<ProgramFilter>, { entity: EntityModel }>('programs-page'),
  programsCount: cypher<CountParams<ProgramFilter>, Total>('programs-count'),
  talentTeamsPage: cypher<PageParams<TalentTeamFilter>, { entity: EntityModel }>('talent-teams-page'),
  talentTeamsCount: cypher<CountParams<TalentTeamFilter>, Total>('talent-teams-count'),

  // Search and graph questions.
  searchFulltext: cypher<SearchParams & { query: string }, { entity: EntityModel; score: number }>(
    'search-fulltext',
  ),
  searchContains: cypher<SearchParams & { text: string }, { entity: EntityModel }>('search-contains'),
  pathByNames: cypher<
    { from: string; to: string; maxHops: number; planId: string | null },
    {
      from: EntityModel | null;
      to: EntityModel | null;
      nodes: EntityModel[] | null;
      relations: RelationModel[] | null;
    }
  >('path-by-names'),
  neighborhood: cypher<
    { name: string; planId: string | null; depth: number; limit: number },
    { center: EntityModel; nodes: EntityModel[]; relations: RelationModel[]; truncated: boolean }
  >('neighborhood'),

  // Exports (src/export/): the whole graph, or the evidence and indicators of a neighbourhood.
  exportEntities: cypher<{ planId: string | null }, { entity: ExportEntityRow }>('export-entities'),
  exportRelations: cypher<{ planId: string | null }, { relation: RelationModel }>('export-relations'),
  exportIndicators: cypher<
    { planId: string | null; entityIds: readonly string[] | null },
    { indicator: IndicatorModel; evidence: EvidenceModel[]; measures: string[] }
  >('export-indicators'),
  exportSectionsByIds: cypher<Ids, { id: string; planId: string; path: string; title: string }>(
    'export-sections-by-ids',
  ),

  // The importer: one plan, written in one transaction.
  planDatasetHash: cypher<{ planId: string }, { datasetHash: string | null }>('plan-dataset-hash'),
  planContentsDelete: cypher<{ planId: string }, never>('plan-contents-delete'),
  planDelete: cypher<{ planId: string }, never>('plan-delete'),
  sectionsContaining: cypher<
    { text: string; query: string | null; planId: string | null },
    { section: SectionModel }
  >('sections-containing'),
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
  graphDigestNodes: cypher<{ planId: string | null }, { labels: string[]; props: Record<string, unknown> }>(
    'graph-digest-nodes',
  ),
  graphDigestRelationships: cypher<
    { planId: string | null },
    { type: string; props: Record<string, unknown>; fromKey: string; toKey: string }
  >('graph-digest-relationships'),
} as const;

export type RelatedSpecParam = {
  readonly direction: string;
  readonly types: readonly string[] | null;
  readonly kinds: readonly string[] | null;
};
export type RelatedParams = {
  readonly ids: readonly string[];
  readonly types: readonly string[] | null;
  readonly kinds: readonly string[] | null;
  /** Look-ahead: the related entities of each related entity, for this spec. */
  readonly nested: RelatedSpecParam | null;
};
export type IndustryFilter = {
  readonly categoryId: string | null;
  readonly supported: boolean | null;
};
export type PlatformFilter = {
  readonly type: string | null;
  readonly collective: boolean | null;
  readonly supportsId: string | null;
};
export type ProgramFilter = {
  readonly type: string | null;
  readonly developsId: string | null;
  readonly servesId: string | null;
};
export type TalentTeamFilter = {
  readonly role: string | null;
  readonly developedById: string | null;
};
/** An entity as an export lists it: no kind-specific properties. */
export type ExportEntityRow = Pick<EntityModel, 'id' | 'planId' | 'kind' | 'name'> & {
  /** Null only if an entity was written without the property (the importer always writes a list). */
  readonly aliases: readonly string[] | null;
};
type SearchParams = {
  readonly kinds: readonly string[] | null;
  readonly planId: string | null;
  readonly limit: number;
};
