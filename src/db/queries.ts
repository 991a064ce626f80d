import type {
  EntityModel,
  EvidenceModel,
  IndicatorModel,
  MentionModel,
  NotLinkedModel,
  UnlinkedModel,
  ObservationModel,
  PlanModel,
  RankedEntityModel,
  RelatedModel,
  RelationModel,
  SectionModel,
} from '../domain/models.js';
import { cypher } from './cypher-file.js';
import type { EntityKind, RelationBasis, RelationDirection } from '../__generated__/schema-types.js';

type NoParams = Record<string, never>;
/** Rows written by UNWIND: plain maps of property values. */
type Rows<K extends string> = Record<K, readonly object[]>;
type PlanRows<K extends string> = Rows<K> & { planId: string };
type Ids = { ids: readonly string[] };
type ById<K extends string, V> = { id: string } & Record<K, V>;
type PageParams<F> = F & { after: string | null; limit: number; planId: string | null };
type CountParams<F> = F & { planId: string | null };
type Total = { total: number };
type PlanParam = { planId: string | null };
type KnownValue = { value: string };
/** A section's quotes as stored: on EVIDENCE relationships to it, and on the links as parallel lists. */
export type SectionFactRows = {
  sectionIds: string[];
  own: (
    | { kind: 'ENTITY'; evidence: EvidenceModel; owner: EntityModel }
    | { kind: 'INDICATOR'; evidence: EvidenceModel; owner: IndicatorModel }
    | { kind: 'OBSERVATION'; evidence: EvidenceModel; owner: ObservationModel }
  )[];
  links: RelationModel[];
};

/** Every Cypher statement the app runs, declared once with its parameter and row types. */
export const queries = {
  ping: cypher<NoParams, { ok: number }>('read/ping'),

  // Graph schema (src/db/graph-schema.ts).
  constraintPlanId: cypher<NoParams, never>('schema/constraint-plan-id'),
  constraintEntityId: cypher<NoParams, never>('schema/constraint-entity-id'),
  constraintSectionId: cypher<NoParams, never>('schema/constraint-section-id'),
  constraintIndicatorId: cypher<NoParams, never>('schema/constraint-indicator-id'),
  constraintObservationId: cypher<NoParams, never>('schema/constraint-observation-id'),
  indexEntityPlan: cypher<NoParams, never>('schema/index-entity-plan'),
  indexSectionPlan: cypher<NoParams, never>('schema/index-section-plan'),
  indexIndicatorPlan: cypher<NoParams, never>('schema/index-indicator-plan'),
  indexObservationPlan: cypher<NoParams, never>('schema/index-observation-plan'),
  indexNamePlan: cypher<NoParams, never>('schema/index-name-plan'),
  indexNameValue: cypher<NoParams, never>('schema/index-name-value'),
  indexIndustryKey: cypher<NoParams, never>('schema/index-industry-key'),
  indexIndicatorKey: cypher<NoParams, never>('schema/index-indicator-key'),
  indexIndustryId: cypher<NoParams, never>('schema/index-industry-id'),
  indexPlatformId: cypher<NoParams, never>('schema/index-platform-id'),
  indexProgramId: cypher<NoParams, never>('schema/index-program-id'),
  indexTalentTeamId: cypher<NoParams, never>('schema/index-talent-team-id'),
  indexNameValueText: cypher<NoParams, never>('schema/index-name-value-text'),
  fulltextNameWords: cypher<NoParams, never>('schema/fulltext-name-words'),
  indexRetiredDrop: cypher<NoParams, never>('schema/index-retired-drop'),
  fulltextSectionText: cypher<NoParams, never>('schema/fulltext-section-text'),
  indexesAwait: cypher<NoParams, never>('schema/indexes-await'),
  indexesPresent: cypher<{ names: readonly string[] }, { name: string; state: string }>(
    'schema/indexes-present',
  ),

  // Plans and sections.
  plansAll: cypher<NoParams, { plan: PlanModel }>('read/plans-all'),
  plansByIds: cypher<Ids, ById<'plan', PlanModel>>('read/plans-by-ids'),
  plansVersion: cypher<NoParams, { id: string; datasetHash: string | null }>('read/plans-version'),
  planTextsByIds: cypher<Ids, ById<'text', string>>('read/plan-texts-by-ids'),
  planSectionsByIds: cypher<Ids, ById<'sections', SectionModel[]>>('read/plan-sections-by-ids'),
  sectionsByIds: cypher<Ids, ById<'section', SectionModel>>('read/sections-by-ids'),
  sectionByPath: cypher<{ path: string; planId: string | null }, { section: SectionModel }>(
    'read/section-by-path',
  ),
  sectionChildrenByIds: cypher<Ids, ById<'sections', SectionModel[]>>('read/section-children-by-ids'),
  sectionDescendantsByIds: cypher<Ids, ById<'sections', SectionModel[]>>('read/section-descendants-by-ids'),
  sectionFactsByIds: cypher<Ids, { id: string } & SectionFactRows>('read/section-facts-by-ids'),

  // The closed values an argument takes, read only to name the closest when one is unknown (src/read/).
  sectionPaths: cypher<PlanParam, KnownValue>('read/section-paths'),
  indicatorCategories: cypher<PlanParam, KnownValue>('read/indicator-categories'),
  platformTypes: cypher<PlanParam, KnownValue>('read/platform-types'),
  programTypes: cypher<PlanParam, KnownValue>('read/program-types'),

  // Entities and their relationships: one UNWIND $ids statement per DataLoader batch.
  entitiesByIds: cypher<Ids, ById<'entity', EntityModel>>('read/entities-by-ids'),
  entitiesByNames: cypher<
    {
      keys: readonly { key: string; value: string; planId: string | null }[];
      nested: RelatedSpecParam | null;
    },
    { key: string; entity: EntityModel | null; nested: RelatedModel[] | null }
  >('read/entities-by-names'),
  relatedOut: cypher<RelatedParams, ById<'items', RelatedModel[]>>('read/related-out'),
  relatedIn: cypher<RelatedParams, ById<'items', RelatedModel[]>>('read/related-in'),
  relatedCounts: cypher<
    {
      keys: readonly {
        key: string;
        id: string;
        direction: string;
        types: readonly string[] | null;
        kinds: readonly string[] | null;
        bases: readonly string[] | null;
        includeParts: boolean;
      }[];
    },
    { key: string; count: number }
  >('read/related-counts'),
  entityEvidenceByIds: cypher<Ids, ById<'evidence', EvidenceModel[]>>('read/entity-evidence-by-ids'),
  indicatorEvidenceByIds: cypher<Ids, ById<'evidence', EvidenceModel[]>>('read/indicator-evidence-by-ids'),
  observationEvidenceByIds: cypher<Ids, ById<'evidence', EvidenceModel[]>>(
    'read/observation-evidence-by-ids',
  ),
  mentionsByEntityIds: cypher<Ids, ById<'mentions', MentionModel[]>>('read/mentions-by-entity-ids'),
  unlinkedByEntity: cypher<
    { id: string; kinds: readonly string[]; types: readonly string[] | null; direction: string },
    UnlinkedModel
  >('read/unlinked-by-entity'),
  notLinkedByEntityIds: cypher<Ids, ById<'notLinked', NotLinkedModel[]>>('read/not-linked-by-entity-ids'),
  mentionsBySectionIds: cypher<Ids, ById<'mentions', MentionModel[]>>('read/mentions-by-section-ids'),

  // Indicators and observations.
  indicatorsList: cypher<
    {
      planId: string | null;
      category: string | null;
      fromTable: boolean | null;
      increment: boolean | null;
      bounds: readonly string[] | null;
    },
    { indicator: IndicatorModel }
  >('read/indicators-list'),
  observationsList: cypher<{ planId: string | null }, { observation: ObservationModel }>(
    'read/observations-list',
  ),
  indicatorsByEntityIds: cypher<Ids, ById<'indicators', IndicatorModel[]>>('read/indicators-by-entity-ids'),
  observationsByEntityIds: cypher<Ids, ById<'observations', ObservationModel[]>>(
    'read/observations-by-entity-ids',
  ),
  measuredByIndicatorIds: cypher<Ids, ById<'entities', EntityModel[]>>('read/measured-by-indicator-ids'),
  aboutByObservationIds: cypher<Ids, ById<'entities', EntityModel[]>>('read/about-by-observation-ids'),
  restatedByIndicatorIds: cypher<Ids, ById<'indicator', IndicatorModel>>('read/restated-by-indicator-ids'),
  restatementsByIndicatorIds: cypher<Ids, ById<'indicators', IndicatorModel[]>>(
    'read/restatements-by-indicator-ids',
  ),
  industryCounterpartsByIds: cypher<Ids, ById<'entities', EntityModel[]>>(
    'read/industry-counterparts-by-ids',
  ),
  indicatorCounterpartsByIds: cypher<Ids, ById<'indicators', IndicatorModel[]>>(
    'read/indicator-counterparts-by-ids',
  ),
  baselineObservationsByIndicatorIds: cypher<Ids, ById<'observations', ObservationModel[]>>(
    'read/baseline-observations-by-indicator-ids',
  ),
  baselineOfByObservationIds: cypher<Ids, ById<'indicator', IndicatorModel>>(
    'read/baseline-of-by-observation-ids',
  ),

  // Root lists: keyset pages (id order) and their counts.
  industriesPage: cypher<PageParams<IndustryFilter>, { entity: EntityModel }>('read/industries-page'),
  industriesCount: cypher<CountParams<IndustryFilter>, Total>('read/industries-count'),
  platformsPage: cypher<PageParams<PlatformFilter>, { entity: EntityModel }>('read/platforms-page'),
  platformsCount: cypher<CountParams<PlatformFilter>, Total>('read/platforms-count'),
  programsPage: cypher<PageParams<ProgramFilter>, { entity: EntityModel }>('read/programs-page'),
  entitiesPage: cypher<PageParams<EntityFilter>, { entity: EntityModel }>('read/entities-page'),
  entitiesCount: cypher<CountParams<EntityFilter>, Total>('read/entities-count'),
  programsCount: cypher<CountParams<ProgramFilter>, Total>('read/programs-count'),
  talentTeamsPage: cypher<PageParams<TalentTeamFilter>, { entity: EntityModel }>('read/talent-teams-page'),
  talentTeamsCount: cypher<CountParams<TalentTeamFilter>, Total>('read/talent-teams-count'),

  // Search and graph questions.
  search: cypher<
    SearchParams & {
      text: string;
      stem: string;
      shortStem: string | null;
      bandLimit: number;
      fulltext: string | null;
      candidates: number;
      parts: readonly (readonly string[])[] | null;
      maxEdits: number;
      variant: string | null;
    },
    SearchRow
  >('read/search'),
  ranking: cypher<
    {
      kind: EntityKind;
      otherKind: EntityKind | null;
      types: readonly string[] | null;
      direction: RelationDirection;
      bases: readonly RelationBasis[] | null;
      includeParts: boolean;
      planId: string | null;
      first: number;
    },
    RankedEntityModel
  >('read/ranking'),
  spellingsAll: cypher<{ planId: string | null }, { value: string; entity: EntityModel }>(
    'read/spellings-all',
  ),
  pathByNames: cypher<
    {
      from: string;
      to: string;
      maxHops: number;
      planId: string | null;
      bases: readonly string[] | null;
      withRelations: boolean;
      withDirect: boolean;
    },
    {
      from: EntityModel | null;
      to: EntityModel | null;
      nodes: EntityModel[] | null;
      length: number | null;
      throughReading: boolean | null;
      relations: RelationModel[] | null;
      direct: RelationModel[] | null;
    }
  >('read/path-by-names'),
  neighborhood: cypher<
    {
      name: string;
      planId: string | null;
      depth: number;
      limit: number;
      bases: readonly string[] | null;
      withRelations: boolean;
    },
    { center: EntityModel; nodes: EntityModel[]; relations: RelationModel[] | null; truncated: boolean }
  >('read/neighborhood'),

  // Exports (src/export/): the whole graph, or the evidence and indicators of a neighbourhood.
  exportEntities: cypher<{ planId: string | null }, { entity: ExportEntityRow }>('export/export-entities'),
  exportRelations: cypher<{ planId: string | null }, { relation: RelationModel }>('export/export-relations'),
  exportIndicators: cypher<
    { planId: string | null; entityIds: readonly string[] | null },
    { indicator: IndicatorModel; evidence: EvidenceModel[]; measures: string[] }
  >('export/export-indicators'),
  exportSectionsByIds: cypher<Ids, { id: string; planId: string; path: string; title: string }>(
    'export/export-sections-by-ids',
  ),

  // The importer: one plan, written in one transaction.
  planDatasetHash: cypher<{ planId: string }, { datasetHash: string | null }>('import/plan-dataset-hash'),
  planContentsUnlink: cypher<{ planId: string }, never>('import/plan-contents-unlink'),
  planContentsSweep: cypher<{ planId: string }, never>('import/plan-contents-sweep'),
  planDelete: cypher<{ planId: string }, never>('import/plan-delete'),
  sectionsContaining: cypher<
    { text: string; query: string | null; planId: string | null },
    { section: SectionModel }
  >('read/sections-containing'),
  planUpsert: cypher<{ plan: object }, { id: string }>('import/plan-upsert'),
  sectionsCreate: cypher<Rows<'sections'>, never>('import/sections-create'),
  sectionLinksCreate: cypher<PlanRows<'sections'>, never>('import/section-links-create'),
  entitiesCreate: cypher<Rows<'entities'>, never>('import/entities-create'),
  namesCreate: cypher<PlanRows<'names'>, never>('import/names-create'),
  entityEvidenceCreate: cypher<Rows<'evidence'>, never>('import/entity-evidence-create'),
  indicatorEvidenceCreate: cypher<Rows<'evidence'>, never>('import/indicator-evidence-create'),
  observationEvidenceCreate: cypher<Rows<'evidence'>, never>('import/observation-evidence-create'),
  indicatorsCreate: cypher<Rows<'indicators'>, never>('import/indicators-create'),
  observationsCreate: cypher<Rows<'observations'>, never>('import/observations-create'),
  relationsCreate: cypher<Rows<'relations'>, never>('import/relations-create'),
  measuresCreate: cypher<Rows<'relations'>, never>('import/measures-create'),
  observesCreate: cypher<Rows<'relations'>, never>('import/observes-create'),
  baselineOfCreate: cypher<Rows<'relations'>, never>('import/baseline-of-create'),
  restatesCreate: cypher<Rows<'relations'>, never>('import/restates-create'),
  mentionsCreate: cypher<Rows<'mentions'>, never>('import/mentions-create'),
  notLinkedCreate: cypher<Rows<'pairs'>, never>('import/not-linked-create'),
  graphDigestNodes: cypher<{ planId: string | null }, { labels: string[]; props: Record<string, unknown> }>(
    'import/graph-digest-nodes',
  ),
  graphDigestRelationships: cypher<
    { planId: string | null },
    { type: string; props: Record<string, unknown>; fromKey: string; toKey: string }
  >('import/graph-digest-relationships'),
} as const;

export type RelatedSpecParam = {
  readonly direction: string;
  readonly types: readonly string[] | null;
  readonly kinds: readonly string[] | null;
  readonly bases: readonly string[] | null;
  readonly includeParts: boolean;
};
export type RelatedParams = {
  readonly ids: readonly string[];
  readonly types: readonly string[] | null;
  readonly kinds: readonly string[] | null;
  readonly bases: readonly string[] | null;
  readonly includeParts: boolean;
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
export type EntityFilter = {
  readonly kinds: readonly EntityKind[] | null;
  readonly curation: 'curated' | 'draft' | null;
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
export type ExportEntityRow = Pick<EntityModel, 'id' | 'planId' | 'kind' | 'name' | 'englishName'> & {
  /** Null only if an entity was written without the property (the importer always writes a list). */
  readonly aliases: readonly string[] | null;
};
type SearchParams = {
  readonly kinds: readonly string[] | null;
  readonly planId: string | null;
  readonly limit: number;
};

/** Each band of a search, best first within it (cypher/read/search.cypher). */
export type SearchRow = {
  readonly literal: EntityModel[];
  readonly variant: EntityModel[];
  readonly candidates: { entity: EntityModel; score: number }[];
};
