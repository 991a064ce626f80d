import type { EntityKind, RelationBasis } from '../__generated__/schema-types.js';
import type {
  EvidenceModel,
  IndicatorModel,
  MentionModel,
  ObservationModel,
  PlanModel,
  SectionModel,
} from '../domain/models.js';

/**
 * A plan compiled from its folder: everything the importer writes, with every offset computed from the
 * source text. Ids are namespaced by plan: `<plan>:<kind>:<name>`, `<plan>:section:<path>`, …
 */
export interface PlanGraph {
  readonly planId: string;
  readonly plan: PlanRecord;
  readonly sections: readonly SectionRecord[];
  readonly entities: readonly EntityRecord[];
  readonly relations: readonly RelationRecord[];
  readonly indicators: readonly IndicatorRecord[];
  readonly observations: readonly ObservationRecord[];
  readonly mentions: readonly MentionRecord[];
  /** Pairs the text names together that the dataset does not link, each with the reason (relation-decisions.yaml). */
  readonly notLinked: readonly NotLinkedRecord[];
}

/** A dismissed pair as stored: a NOT_LINKED relationship from `aId` to `bId` (id order). */
export interface NotLinkedRecord {
  readonly aId: string;
  readonly bId: string;
  readonly reason: string;
  /** The sections where the text names the two together, in text order. */
  readonly sectionIds: readonly string[];
}

import type { RelationType, StructuralRelationType } from '../domain/vocabulary.js';

/**
 * A quote located in the source: `text.slice(start, end) === quote`, inside section `sectionId`; the API reads
 * it back as Evidence.
 */
export type Located = EvidenceModel;

/** The plan as compiled: the stored plan's metadata, and what the importer keeps beside it. */
export interface PlanRecord extends Pick<
  PlanModel,
  | 'id'
  | 'title'
  | 'issuer'
  | 'documentNumber'
  | 'issuedOn'
  | 'periodStart'
  | 'periodEnd'
  | 'region'
  | 'aliases'
  | 'sourceSha256'
> {
  readonly datasetHash: string;
  readonly sourceText: string;
}

/** A section as compiled: the stored section, its plan given by the PlanGraph. */
export type SectionRecord = Omit<SectionModel, 'planId'>;

export type PropertyValue = string | number | boolean | readonly string[] | null;

export interface EntityRecord {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Kind-specific properties (key, type, level, roles …). */
  readonly props: Readonly<Record<string, PropertyValue>>;
  readonly evidence: readonly Located[];
}

/** Relationship types between nodes: the curated ones plus those the indicator and observation files imply. */
export type GraphRelationType =
  RelationType | Extract<StructuralRelationType, 'MEASURES' | 'OBSERVES' | 'BASELINE_OF' | 'RESTATES'>;

export interface RelationRecord {
  readonly type: GraphRelationType;
  readonly fromId: string;
  readonly toId: string;
  readonly evidence: readonly Located[];
  /** How the quotes support a curated relationship (RELATION_TYPES); the structural ones have none. */
  readonly basis?: RelationBasis;
  /** `draft`: every entry stating it was written by `plan-graph draft`; stored only then. */
  readonly curation?: 'curated' | 'draft';
}

/** An indicator as compiled: the stored node (its plan given by the PlanGraph) with the quotes stating it. */
export interface IndicatorRecord extends Omit<IndicatorModel, 'planId'> {
  readonly evidence: readonly Located[];
}

/** An observation as compiled: the stored node (its plan given by the PlanGraph) with its quotes. */
export interface ObservationRecord extends Omit<ObservationModel, 'planId'> {
  readonly evidence: readonly Located[];
}

/** A mention as compiled, exactly as the API reads it back. */
export type MentionRecord = MentionModel;
