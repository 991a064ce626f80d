import type { EntityKind, TargetBound } from '../__generated__/resolvers-types.js';

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
}

import type { RelationType } from './vocabulary.js';

/** A quote located in the source: `text.slice(start, end) === quote`, inside section `sectionId`. */
export interface Located {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly sectionId: string;
}

export interface PlanRecord {
  readonly id: string;
  readonly title: string;
  readonly issuer: string;
  readonly documentNumber: string;
  readonly issuedOn: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly region: string;
  readonly aliases: readonly string[];
  readonly sourceSha256: string;
  readonly datasetHash: string;
  readonly sourceText: string;
}

export interface SectionRecord {
  readonly id: string;
  readonly path: string;
  readonly parentId: string | null;
  readonly title: string;
  readonly level: number;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

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
export type GraphRelationType = RelationType | 'MEASURES' | 'OBSERVES' | 'BASELINE_OF' | 'RESTATES';

export interface RelationRecord {
  readonly type: GraphRelationType;
  readonly fromId: string;
  readonly toId: string;
  readonly evidence: readonly Located[];
}

export interface IndicatorRecord {
  readonly id: string;
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
  readonly ordinal: number;
  readonly evidence: readonly Located[];
}

export interface ObservationRecord {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly yearEnd: number | null;
  readonly comparedTo: number | null;
  /** Position in the dataset, which follows the text. */
  readonly ordinal: number;
  readonly evidence: readonly Located[];
}

export interface MentionRecord {
  readonly sectionId: string;
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Inside a longer name of another entity (the talent team in 高技能人才培育计划). */
  readonly nested: boolean;
}
