import type {
  EntityKind,
  FactKind,
  Intent,
  RelationBasis,
  RelationType,
  SearchMatch,
  TalentRole,
  TargetBound,
} from '../__generated__/schema-types.js';

/**
 * Row shapes returned by the Cypher in `cypher/`. Codegen maps GraphQL types onto these (`mappers` in
 * codegen.ts), so a resolver's parent is exactly what the database returned. The importer's records
 * (plan-records.ts) are built from these, so what it writes is what the API reads.
 */

/** Any entity node: the common properties, and the kind-specific ones where its kind has them. */
export interface EntityModel {
  readonly id: string;
  readonly planId: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The English name (dataset `en`). */
  readonly englishName?: string | null;
  /** The shortenings people use, folded (经开区, 海归小镇): spellings the importer adds (data/abbreviations.yaml). */
  readonly shortNames?: readonly string[] | null;
  readonly note?: string | null;
  /** `draft` when `plan-graph draft` wrote it and no curator has confirmed it; absent in graphs imported before. */
  readonly curation?: 'curated' | 'draft' | null;
  /** Industry, IndustryCategory. */
  readonly key?: string;
  /** IndustryCategory. */
  readonly system?: string | null;
  /** Platform, Program, Institution. */
  readonly type?: string;
  /** Platform. */
  readonly level?: string | null;
  readonly collective?: boolean;
  readonly status?: string | null;
  /** TalentTeam: statistical-category, key-team, target-group. */
  readonly roles?: readonly TalentRole[];
  /** Why the plan links it to nothing, where the dataset says (relation-decisions.yaml). */
  readonly unlinkedReason?: string | null;
}

/** An entity the text names together with another that the dataset does not link, and why. */
export interface NotLinkedModel {
  readonly other: EntityModel;
  readonly reason: string;
  readonly sectionIds: readonly string[];
}

/** An entity of the kind asked that the plan does not link to the one asked about; the reason where recorded. */
export interface UnlinkedModel {
  readonly other: EntityModel;
  readonly reason: string | null;
  readonly sectionIds: readonly string[];
}

/** The plan node: an entity with the plan's metadata (its text is loaded only when asked for). */
export interface PlanModel extends EntityModel {
  readonly title: string;
  readonly issuer: string;
  /** Null when the plan's text prints none (a plan copied without its notice). */
  readonly documentNumber: string | null;
  readonly issuedOn: string | null;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly region: string;
  readonly sourceSha256: string;
}

export interface SectionModel {
  readonly id: string;
  readonly planId: string;
  readonly path: string;
  readonly parentId: string | null;
  readonly title: string;
  readonly level: number;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface EvidenceModel {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly sectionId: string;
}

/** One quote of the plan, cited in the styles researchers use (domain/citation.ts writes it). */
export interface CitationModel {
  readonly gbt7714: string;
  readonly quoted: string;
  readonly cslJson: string;
  readonly bibtex: string;
}

export interface MentionModel {
  readonly entityId: string;
  readonly sectionId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Inside a longer name of another entity (the talent team in 高技能人才培育计划). */
  readonly nested: boolean;
}

/**
 * One quote of a section and what it supports (`Section.facts`): exactly one of relation, entity, indicator and
 * observation is set, as kind says.
 */
export interface SectionFactModel {
  readonly kind: FactKind;
  readonly evidence: EvidenceModel;
  readonly relation: RelationModel | null;
  readonly entity: EntityModel | null;
  readonly indicator: IndicatorModel | null;
  readonly observation: ObservationModel | null;
}

/** A relationship with its evidence as stored: parallel lists, quotes[i] at starts[i]..ends[i]. */
export interface RelationModel {
  readonly type: RelationType;
  readonly basis: RelationBasis;
  readonly fromId: string;
  readonly toId: string;
  readonly quotes: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly sectionIds: readonly string[];
  /** `draft` when only `plan-graph draft` states it; absent when curated. */
  readonly curation?: 'curated' | 'draft' | null;
  /** In an entity's relations with its parts': the part this row came through (null or absent: its own). */
  readonly viaId?: string | null;
}

/** An entity related to the one asked about, with the relationship between them. */
export interface RelatedModel {
  readonly relation: RelationModel;
  readonly other: EntityModel;
  /** With look-ahead: the other end's own related entities, for the spec asked for. */
  readonly nested?: RelatedModel[] | null;
}

/** An indicator node (its evidence hangs off it as EVIDENCE relationships). */
export interface IndicatorModel {
  readonly id: string;
  readonly planId: string;
  readonly key: string;
  readonly name: string;
  readonly category: string;
  readonly unit: string;
  readonly baseline: number | null;
  readonly baselineYear: number | null;
  readonly target: number;
  readonly targetMax: number | null;
  readonly targetYear: number;
  readonly comparator: TargetBound;
  readonly fromTable: boolean;
  /** The target is an addition over the plan period (新增), not a level; see `indicatorChange`. */
  readonly increment: boolean;
  /** Baseline and target are amounts per year (a flow), not levels. */
  readonly perYear: boolean;
  /** The dataset's note on how it reads the goal, where the wording allows more than one reading. */
  readonly note: string | null;
  readonly ordinal: number;
  /** `draft` when `plan-graph draft` wrote it and no curator has confirmed it; absent in graphs imported before. */
  readonly curation?: 'curated' | 'draft' | null;
}

/** An observation node (its evidence hangs off it as EVIDENCE relationships). */
export interface ObservationModel {
  readonly id: string;
  readonly planId: string;
  readonly key: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly yearEnd: number | null;
  readonly comparedTo: number | null;
  /** Position in the dataset, which follows the text. */
  readonly ordinal: number;
  /** `draft` when `plan-graph draft` wrote it and no curator has confirmed it; absent in graphs imported before. */
  readonly curation?: 'curated' | 'draft' | null;
}

export interface SearchHitModel {
  readonly entity: EntityModel;
  readonly score: number;
  readonly matched: string | null;
  readonly how: SearchMatch;
}

/** A row of `ranking`: an entity and how many entities it is linked to as asked. */
export interface RankedEntityModel {
  readonly entity: EntityModel;
  readonly count: number;
}

export interface PathModel {
  readonly nodes: EntityModel[];
  readonly length: number;
  readonly throughReading: boolean;
  /** The chain's links; null when the client did not select them (the statement then does not read them). */
  readonly relations: RelationModel[] | null;
  /** The relationships that join the two ends directly, whatever chain was chosen; null when not selected. */
  readonly direct: RelationModel[] | null;
}

export interface SubgraphModel {
  readonly center: EntityModel;
  readonly nodes: EntityModel[];
  /** The relationships among the nodes; null when the client did not select them (then not read). */
  readonly relations: RelationModel[] | null;
  readonly truncated: boolean;
}

/** A page of a root list; `totalCount` runs its count query only when a client asks for it. */
export interface ConnectionModel<Node> {
  readonly edges: { readonly cursor: string; readonly node: Node }[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly totalCount: () => Promise<number>;
}

/** An entity named in a question, with its span in the folded question. */
export interface RecognisedEntityModel {
  readonly entity: EntityModel;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A question as read: the operation that answers it, or suggestions. */
export interface InterpretationModel {
  readonly text: string;
  readonly intent: Intent | null;
  readonly refused: boolean;
  readonly operationName: string | null;
  readonly operation: string | null;
  readonly variables: Readonly<Record<string, unknown>> | null;
  readonly negations: readonly string[];
  readonly explanation: string;
  readonly entities: readonly RecognisedEntityModel[];
  readonly suggestions: readonly string[];
}
