import type { EntityKind, RelationBasis } from '../__generated__/schema-types.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { Direction, RelatedSpec } from '../loaders/related.js';

const spec = (
  direction: Direction,
  types: RelationType[],
  kinds: EntityKind[] | null = null,
): RelatedSpec => ({
  direction,
  types,
  kinds,
  bases: null,
  includeParts: true,
});

/** A field that follows the hierarchy itself (PART_OF, IN_CATEGORY upwards): never through parts. */
const structural = (direction: Direction, types: RelationType[], kinds: EntityKind[]): RelatedSpec => ({
  ...spec(direction, types, kinds),
  includeParts: false,
});

/**
 * Every GraphQL field that lists related entities, by type and field: what it follows. The resolvers are built
 * from this table, and look-ahead reads it to fetch a child field together with its parent. A field whose spec
 * includes parts takes `includeParts` (default true: its parts' links too); the structural ones (categories,
 * partOf, parts) list the entity's own links only, since a part's category or whole is not the entity's.
 */
export const RELATED_FIELDS: Readonly<Record<string, Readonly<Record<string, RelatedSpec>>>> = {
  Industry: {
    categories: structural('OUT', ['IN_CATEGORY'], ['INDUSTRY_CATEGORY']),
    platforms: spec('IN', ['SUPPORTS'], ['PLATFORM']),
    programs: spec('IN', ['SERVES'], ['PROGRAM']),
    talentTeams: spec('IN', ['SERVES'], ['TALENT_TEAM']),
  },
  IndustryCategory: {
    industries: spec('IN', ['IN_CATEGORY'], ['INDUSTRY']),
    partOf: structural('OUT', ['PART_OF'], ['INDUSTRY_CATEGORY']),
    parts: structural('IN', ['PART_OF'], ['INDUSTRY_CATEGORY']),
  },
  Platform: {
    industries: spec('OUT', ['SUPPORTS'], ['INDUSTRY']),
    talentTeams: spec('OUT', ['DEVELOPS', 'SERVES'], ['TALENT_TEAM']),
    programs: spec('IN', ['RELIES_ON'], ['PROGRAM']),
    institutions: spec('IN', ['HOSTS', 'PARTNERS_WITH'], ['INSTITUTION']),
    partOf: structural('OUT', ['PART_OF'], ['PLATFORM']),
    parts: structural('IN', ['PART_OF'], ['PLATFORM']),
  },
  Program: {
    talentTeams: spec('OUT', ['DEVELOPS', 'SERVES'], ['TALENT_TEAM']),
    industries: spec('OUT', ['SERVES'], ['INDUSTRY']),
    platforms: spec('OUT', ['RELIES_ON'], ['PLATFORM']),
    institutions: spec('OUT', ['RELIES_ON'], ['INSTITUTION']),
    ledBy: spec('IN', ['LEADS'], ['INSTITUTION']),
  },
  TalentTeam: {
    programs: spec('IN', ['DEVELOPS', 'SERVES'], ['PROGRAM']),
    platforms: spec('IN', ['DEVELOPS', 'SERVES'], ['PLATFORM']),
    industries: spec('OUT', ['SERVES'], ['INDUSTRY']),
    partOf: structural('OUT', ['PART_OF'], ['TALENT_TEAM']),
    parts: structural('IN', ['PART_OF'], ['TALENT_TEAM']),
  },
  Institution: {
    partners: spec('OUT', ['PARTNERS_WITH']),
    hosts: spec('OUT', ['HOSTS'], ['PLATFORM']),
    leads: spec('OUT', ['LEADS']),
    programs: spec('IN', ['RELIES_ON'], ['PROGRAM']),
  },
  Plan: {
    basedOn: spec('OUT', ['BASED_ON'], ['POLICY']),
    partners: spec('IN', ['PARTNERS_WITH'], ['INSTITUTION']),
    ledBy: spec('IN', ['LEADS'], ['INSTITUTION']),
  },
  Policy: {
    plans: spec('IN', ['BASED_ON'], ['PLAN']),
  },
  Goal: {
    partOf: structural('OUT', ['PART_OF'], ['GOAL']),
    parts: structural('IN', ['PART_OF'], ['GOAL']),
  },
};

export function relatedFieldSpec(typeName: string, fieldName: string): RelatedSpec {
  const found = RELATED_FIELDS[typeName]?.[fieldName];
  if (found === undefined) throw new Error(`no related field ${typeName}.${fieldName}`);
  return found;
}

/** A `basis` argument as the statements take it: each basis once, sorted; null (all) for an absent or empty list. */
export function basesOf(basis: readonly RelationBasis[] | null | undefined): RelationBasis[] | null {
  return basis === null || basis === undefined || basis.length === 0 ? null : [...new Set(basis)].sort();
}

/** A field's spec narrowed to the bases its `basis` argument asks for. */
export function withBases(
  spec: RelatedSpec,
  basis: readonly RelationBasis[] | null | undefined,
): RelatedSpec {
  const bases = basesOf(basis);
  return bases === null ? spec : { ...spec, bases };
}

/** A field's spec as its arguments ask: the bases of `basis`, and its own links only with `includeParts: false`. */
export function askedSpec(
  spec: RelatedSpec,
  args: { readonly basis?: readonly RelationBasis[] | null; readonly includeParts?: boolean | null },
): RelatedSpec {
  const asked = withBases(spec, args.basis);
  return args.includeParts === false && asked.includeParts === true
    ? { ...asked, includeParts: false }
    : asked;
}
