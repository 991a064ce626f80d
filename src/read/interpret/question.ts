import type { EntityKind, Intent } from '../../__generated__/schema-types.js';
import { KIND_NAMES } from '../../domain/kind-names.js';
import { ENTITY_LABELS } from '../../domain/vocabulary.js';
import { RELATED_FIELDS } from '../related-fields.js';
import type { Negation } from './cues.js';
import type { Found } from './recognise.js';

/** A question as the rules see it. */
export interface Question {
  /** The folded question. */
  readonly text: string;
  /** The question with the entities' spans blanked: cue words are read here. */
  readonly rest: string;
  /** Every entity named, in question order. */
  readonly found: readonly Found[];
  /** The entities asked about: those found, less the ones a scope word (除了 X) leaves out. */
  readonly subjects: readonly Found[];
  /** The entities a scope word leaves out (除了 X, X 以外, except X). */
  readonly excluded: readonly Found[];
  /** The kinds asked for (平台, 计划 …), in question order. */
  readonly kinds: readonly EntityKind[];
  readonly negations: readonly Negation[];
  readonly planId: string | null;
}

/** An answer the rules can give: an intent, its variables, and how the question was read. */
export interface Reading {
  readonly intent: Intent;
  readonly variables: Record<string, unknown>;
  readonly explanation: string;
}

/** A question the rules understood but cannot answer as asked: why, and what to ask instead. */
export interface Refusal {
  readonly refused: string;
  readonly suggestions?: readonly string[];
}

/** The kinds in Chinese and English, for an explanation: “平台、产业” / “platforms and industries”. */
export function kindWords(kinds: readonly EntityKind[]): [string, string] {
  return [kinds.map((k) => KIND_NAMES[k].zh).join('、'), kinds.map((k) => KIND_NAMES[k].many).join(' and ')];
}

/** How an entity links to entities of some kinds: the fields of its type that list them, and what they follow. */
export interface Linkage {
  readonly fields: readonly string[];
  readonly types: readonly string[];
  readonly direction: 'IN' | 'OUT' | 'BOTH';
  readonly kinds: readonly EntityKind[];
}

/**
 * The relation fields of a kind's type (RELATED_FIELDS) that list entities of the kinds asked: their types,
 * direction and the kinds they reach. A kind's own group fields (partOf, parts) count only when `groups` is set.
 */
export function kindLinkage(kind: EntityKind, kinds: readonly EntityKind[], groups = false): Linkage | null {
  const typeName = ENTITY_LABELS[kind];
  const reaches = (spec: { kinds: readonly EntityKind[] | null }, k: EntityKind) =>
    spec.kinds === null || spec.kinds.includes(k);
  const chosen = Object.entries(RELATED_FIELDS[typeName] ?? {}).filter(
    ([field, spec]) =>
      kinds.some((k) => reaches(spec, k)) && (groups || (field !== 'partOf' && field !== 'parts')),
  );
  if (chosen.length === 0) return null;
  const directions = [...new Set(chosen.map(([, spec]) => spec.direction))];
  return {
    fields: chosen.map(([field]) => `${typeName}.${field}`),
    types: [...new Set(chosen.flatMap(([, spec]) => spec.types ?? []))],
    direction: directions.length === 1 ? (directions[0] ?? 'BOTH') : 'BOTH',
    kinds: kinds.filter((k) => chosen.some(([, spec]) => reaches(spec, k))),
  };
}

/** The variables of an operation over the question's plan: `plan` only when the question names one. */
export function withPlan(q: Question, values: Record<string, unknown>): Record<string, unknown> {
  return q.planId === null ? values : { ...values, plan: q.planId };
}

/** What a verb asks of an entity when the question names no kind: 新材料靠谁支撑 asks for platforms. */
const VERB_KINDS: readonly (readonly [RegExp, Partial<Record<EntityKind, readonly EntityKind[]>>])[] = [
  [/支撑|支持|撑|帮|\bsupport/, { INDUSTRY: ['PLATFORM'], PLATFORM: ['INDUSTRY'] }],
  [
    /培养|培育|引进|集聚|\bdevelop|\btrain|\battract/,
    { TALENT_TEAM: ['PROGRAM', 'PLATFORM'], PROGRAM: ['TALENT_TEAM'], PLATFORM: ['TALENT_TEAM'] },
  ],
  [/服务|\bserve/, { INDUSTRY: ['PROGRAM', 'TALENT_TEAM'], PROGRAM: ['TALENT_TEAM', 'INDUSTRY'] }],
];

/** The kinds a question's verb implies for its one entity, when it names no kind itself. */
export function impliedKinds(rest: string, subjects: readonly Found[]): EntityKind[] {
  const [only, second] = subjects;
  if (only === undefined || second !== undefined) return [];
  for (const [verb, kinds] of VERB_KINDS) {
    const implied = kinds[only.entity.kind];
    if (verb.test(rest) && implied !== undefined) return [...implied];
  }
  return [];
}
