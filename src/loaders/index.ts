import type DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type {
  EntityModel,
  EvidenceModel,
  IndicatorModel,
  MentionModel,
  NotLinkedModel,
  ObservationModel,
  PlanModel,
  SectionFactModel,
  SectionModel,
} from '../domain/models.js';
import { byIdLoader } from './by-id.js';
import { sectionFacts } from './section-facts.js';
import { createEntityByNameLoaders, type NameKey } from './entity-by-name.js';
import {
  createRelatedCountLoader,
  createRelatedLoaders,
  type CountKey,
  type RelatedLoaders,
  type RelatedSpec,
} from './related.js';

/** Every DataLoader of one request. Each batch is one Cypher statement. */
export interface Loaders {
  readonly planById: DataLoader<string, PlanModel | null>;
  readonly planText: DataLoader<string, string | null>;
  readonly planSections: DataLoader<string, SectionModel[]>;
  readonly sectionById: DataLoader<string, SectionModel | null>;
  readonly sectionChildren: DataLoader<string, SectionModel[]>;
  readonly sectionDescendants: DataLoader<string, SectionModel[]>;
  readonly sectionFacts: DataLoader<string, SectionFactModel[]>;
  readonly entityById: DataLoader<string, EntityModel | null>;
  /** By any spelling; with a look-ahead spec, the entity's related entities come in the same statement. */
  readonly entityByName: (nested?: RelatedSpec | null) => DataLoader<NameKey, EntityModel | null, string>;
  readonly related: RelatedLoaders;
  readonly relatedCount: DataLoader<CountKey, number, string>;
  readonly entityEvidence: DataLoader<string, EvidenceModel[]>;
  readonly indicatorEvidence: DataLoader<string, EvidenceModel[]>;
  readonly observationEvidence: DataLoader<string, EvidenceModel[]>;
  readonly mentionsByEntity: DataLoader<string, MentionModel[]>;
  readonly notLinkedByEntity: DataLoader<string, NotLinkedModel[]>;
  readonly mentionsBySection: DataLoader<string, MentionModel[]>;
  readonly indicatorsByEntity: DataLoader<string, IndicatorModel[]>;
  readonly observationsByEntity: DataLoader<string, ObservationModel[]>;
  readonly measuredByIndicator: DataLoader<string, EntityModel[]>;
  readonly aboutByObservation: DataLoader<string, EntityModel[]>;
  readonly restatedByIndicator: DataLoader<string, IndicatorModel | null>;
  readonly restatementsByIndicator: DataLoader<string, IndicatorModel[]>;
  readonly industryCounterparts: DataLoader<string, EntityModel[]>;
  readonly indicatorCounterparts: DataLoader<string, IndicatorModel[]>;
  readonly baselineObservationsByIndicator: DataLoader<string, ObservationModel[]>;
  readonly baselineOfByObservation: DataLoader<string, IndicatorModel | null>;
}

export function createLoaders(db: Db): Loaders {
  const related = createRelatedLoaders(db);
  return {
    planById: byIdLoader(db, queries.plansByIds, (row) => row.plan, null),
    planText: byIdLoader(db, queries.planTextsByIds, (row) => row.text, null),
    planSections: byIdLoader(db, queries.planSectionsByIds, (row) => row.sections, []),
    sectionById: byIdLoader(db, queries.sectionsByIds, (row) => row.section, null),
    sectionChildren: byIdLoader(db, queries.sectionChildrenByIds, (row) => row.sections, []),
    sectionDescendants: byIdLoader(db, queries.sectionDescendantsByIds, (row) => row.sections, []),
    sectionFacts: byIdLoader(db, queries.sectionFactsByIds, sectionFacts, []),
    entityById: byIdLoader(db, queries.entitiesByIds, (row) => row.entity, null),
    entityByName: createEntityByNameLoaders(db, related),
    related,
    relatedCount: createRelatedCountLoader(db),
    entityEvidence: byIdLoader(db, queries.entityEvidenceByIds, (row) => row.evidence, []),
    indicatorEvidence: byIdLoader(db, queries.indicatorEvidenceByIds, (row) => row.evidence, []),
    observationEvidence: byIdLoader(db, queries.observationEvidenceByIds, (row) => row.evidence, []),
    mentionsByEntity: byIdLoader(db, queries.mentionsByEntityIds, (row) => row.mentions, []),
    notLinkedByEntity: byIdLoader(db, queries.notLinkedByEntityIds, (row) => row.notLinked, []),
    mentionsBySection: byIdLoader(db, queries.mentionsBySectionIds, (row) => row.mentions, []),
    indicatorsByEntity: byIdLoader(db, queries.indicatorsByEntityIds, (row) => row.indicators, []),
    observationsByEntity: byIdLoader(db, queries.observationsByEntityIds, (row) => row.observations, []),
    measuredByIndicator: byIdLoader(db, queries.measuredByIndicatorIds, (row) => row.entities, []),
    aboutByObservation: byIdLoader(db, queries.aboutByObservationIds, (row) => row.entities, []),
    restatedByIndicator: byIdLoader(db, queries.restatedByIndicatorIds, (row) => row.indicator, null),
    restatementsByIndicator: byIdLoader(db, queries.restatementsByIndicatorIds, (row) => row.indicators, []),
    industryCounterparts: byIdLoader(db, queries.industryCounterpartsByIds, (row) => row.entities, []),
    indicatorCounterparts: byIdLoader(db, queries.indicatorCounterpartsByIds, (row) => row.indicators, []),
    baselineObservationsByIndicator: byIdLoader(
      db,
      queries.baselineObservationsByIndicatorIds,
      (row) => row.observations,
      [],
    ),
    baselineOfByObservation: byIdLoader(db, queries.baselineOfByObservationIds, (row) => row.indicator, null),
  };
}
