import { KIND_NAMES } from '../domain/kind-names';
import type { EntityKind, RelationBasis } from './__generated__/graphql';

export interface KindStyle {
  readonly label: string;
  readonly english: string;
  readonly color: string;
}

/** A kind's label, its name in domain/kind-names.ts as the interpreter words it too, and its colour. */
function style(kind: EntityKind, color: string): KindStyle {
  const { zh, one } = KIND_NAMES[kind];
  return { label: zh, english: one.charAt(0).toUpperCase() + one.slice(1), color };
}

/** Each kind's label and colour, the same in lists, badges, the graph and its legend. */
export const KINDS: Readonly<Record<EntityKind, KindStyle>> = {
  PLAN: style('PLAN', '#6b7280'),
  INDUSTRY: style('INDUSTRY', '#d97706'),
  INDUSTRY_CATEGORY: style('INDUSTRY_CATEGORY', '#a16207'),
  PLATFORM: style('PLATFORM', '#2563eb'),
  PROGRAM: style('PROGRAM', '#059669'),
  TALENT_TEAM: style('TALENT_TEAM', '#db2777'),
  INSTITUTION: style('INSTITUTION', '#7c3aed'),
  GOAL: style('GOAL', '#0891b2'),
  POLICY: style('POLICY', '#4b5563'),
};

export function kindStyle(kind: EntityKind): KindStyle {
  return KINDS[kind];
}

export type Direction = 'out' | 'in';

interface RelationLabel {
  readonly out: readonly [string, string];
  readonly in: readonly [string, string];
  /** On an edge of the graph, read from its source to its target: [Chinese, English]. */
  readonly edge: readonly [string, string];
}

/** How a relationship reads from the entity shown: [Chinese, English], for each direction. */
const RELATION_LABELS: Readonly<Record<string, RelationLabel>> = {
  SUPPORTS: { out: ['支撑产业', 'supports'], in: ['支撑平台', 'supported by'], edge: ['支撑', 'supports'] },
  SERVES: { out: ['服务对象', 'serves'], in: ['服务于此', 'served by'], edge: ['服务', 'serves'] },
  DEVELOPS: { out: ['培育人才', 'develops'], in: ['培育载体', 'developed by'], edge: ['培育', 'develops'] },
  IN_CATEGORY: {
    out: ['所属类别', 'in category'],
    in: ['包含产业', 'members'],
    edge: ['属于', 'in category'],
  },
  PART_OF: { out: ['隶属于', 'part of'], in: ['组成部分', 'parts'], edge: ['隶属', 'part of'] },
  RELIES_ON: { out: ['依托', 'relies on'], in: ['被依托', 'relied on by'], edge: ['依托', 'relies on'] },
  PARTNERS_WITH: {
    out: ['合作', 'partners with'],
    in: ['合作方', 'partner of'],
    edge: ['合作', 'partners with'],
  },
  HOSTS: { out: ['承载', 'hosts'], in: ['承载方', 'hosted by'], edge: ['承载', 'hosts'] },
  LEADS: { out: ['牵头', 'leads'], in: ['牵头方', 'led by'], edge: ['牵头', 'leads'] },
  BASED_ON: { out: ['依据', 'based on'], in: ['作为依据', 'basis for'], edge: ['依据', 'based on'] },
};

/** How the plan's text supports a link (RelationBasis), as a reader would say it: [Chinese, English]. */
export const BASIS_LABELS: Readonly<Record<RelationBasis, readonly [string, string]>> = {
  STATED: ['原文明述', 'stated in one sentence'],
  SAME_SENTENCE: ['同句并列', 'parallel clauses of one sentence'],
  HEADING: ['标题归属', 'under the heading that names the group'],
  SECTION: ['同段提及', 'named in the same paragraph'],
  READING: ['跨段解读', 'two passages read together; see the note'],
};

/** The order groups appear in; unknown types follow, alphabetically. */
export const RELATION_ORDER: readonly string[] = Object.keys(RELATION_LABELS);

/** A graph edge's label: the Chinese verb drawn on it, the English shown on hover. */
export function edgeLabel(type: string): readonly [string, string] {
  return RELATION_LABELS[type]?.edge ?? [type, type];
}

/** How each basis draws a graph edge: the stronger the text's support, the firmer the line. */
export const BASIS_LINES: Readonly<Record<RelationBasis, 'solid' | 'dashed' | 'dotted'>> = {
  STATED: 'solid',
  SAME_SENTENCE: 'solid',
  HEADING: 'dashed',
  SECTION: 'dashed',
  READING: 'dotted',
};

export function relationLabel(type: string, direction: Direction): readonly [string, string] {
  const label = RELATION_LABELS[type];
  if (label !== undefined) return label[direction];
  return direction === 'out' ? [type, '→'] : [type, '←'];
}
