/**
 * The graph's closed vocabularies, shared by the importer (which writes them) and the API (which reads them).
 * Cypher takes labels and relationship types only from these lists, never from user text.
 */
import type {
  EntityKind,
  RelationBasis,
  RelationType as SdlRelationType,
  TargetBound,
} from '../__generated__/schema-types.js';

/**
 * The Neo4j label of each entity kind (the SDL's EntityKind enum), which is also its GraphQL type name. A kind
 * the SDL adds fails to compile until it is listed here.
 */
export const ENTITY_LABELS = {
  PLAN: 'Plan',
  INDUSTRY: 'Industry',
  INDUSTRY_CATEGORY: 'IndustryCategory',
  PLATFORM: 'Platform',
  PROGRAM: 'Program',
  TALENT_TEAM: 'TalentTeam',
  INSTITUTION: 'Institution',
  GOAL: 'Goal',
  POLICY: 'Policy',
} as const satisfies Record<EntityKind, string>;

/**
 * The curated relationship types between entities (the SDL's RelationType, which `Relation.type` returns): the
 * ones a client asks about (`relations(types:)`, a String list in the SDL, checked against this) and the ones
 * Cypher walks between entities, `{{curatedTypes}}` in a cypher/ file (src/db/cypher-file.ts puts this list in).
 * test/unit/relation-types.test.ts holds every other type list in cypher/ to the vocabulary; the checks below
 * hold it to the SDL both ways.
 */
export const RELATION_TYPES = [
  'IN_CATEGORY',
  'PART_OF',
  'SUPPORTS',
  'SERVES',
  'DEVELOPS',
  'RELIES_ON',
  'PARTNERS_WITH',
  'HOSTS',
  'LEADS',
  'BASED_ON',
] as const satisfies readonly SdlRelationType[];
export type RelationType = (typeof RELATION_TYPES)[number];

/** The types a `types` argument names that are not curated relationship types. */
export function unknownTypes(types: readonly string[] | null | undefined): string[] {
  return (types ?? []).filter((t) => !(RELATION_TYPES as readonly string[]).includes(t));
}
/** Fails to compile when the SDL's RelationType has a value RELATION_TYPES lacks. */
export type EverySdlRelationType = Holds<
  [Exclude<SdlRelationType, RelationType>] extends [never] ? true : false
>;
type Holds<Check extends true> = Check;

/**
 * How the text supports a curated relationship (the SDL's RelationBasis), strongest first: the rank orders
 * them, and a basis the SDL adds fails to compile until it is ranked here.
 */
export const BASIS_RANK = {
  STATED: 0,
  SAME_SENTENCE: 1,
  HEADING: 2,
  SECTION: 3,
  READING: 4,
} as const satisfies Record<RelationBasis, number>;
export const RELATION_BASES = Object.keys(BASIS_RANK) as [RelationBasis, ...RelationBasis[]];

/**
 * The structural relationship types, which the importer writes (cypher/import/*-create.cypher) to tie names,
 * quotes, sections, indicators and observations to what they are about; never curated, never walked as "related".
 */
export const STRUCTURAL_RELATION_TYPES = [
  'NAMES',
  'MENTIONS',
  'EVIDENCE',
  'SECTION_OF',
  'SUBSECTION_OF',
  'MEASURES',
  'OBSERVES',
  'BASELINE_OF',
  'RESTATES',
  // A pair the text names together that the dataset does not link (relation-decisions.yaml), with the reason.
  'NOT_LINKED',
] as const;
export type StructuralRelationType = (typeof STRUCTURAL_RELATION_TYPES)[number];

/**
 * Talent roles: each value of the GraphQL TalentRole enum and the value a talent team stores (as the dataset
 * writes it). codegen.ts reads this table (`enumValues`), so the generated TalentRole type is the stored values,
 * and the resolvers give it to Apollo as the enum's internal values.
 */
/**
 * Curation: each value of the GraphQL Curation enum and the value an entity stores (as the dataset writes it,
 * `curation: draft`; an entry without one is curated). Internal values, as TALENT_ROLES.
 */
export const CURATIONS = {
  CURATED: 'curated',
  DRAFT: 'draft',
} as const;

export const TALENT_ROLES = {
  STATISTICAL_CATEGORY: 'statistical-category',
  KEY_TEAM: 'key-team',
  TARGET_GROUP: 'target-group',
} as const;

/**
 * The SDL's TargetBound values, as the importer's schema needs them at run time (codegen writes only types);
 * the `satisfies` makes a bound the SDL adds or drops fail to compile until this list follows.
 */
export const TARGET_BOUNDS = {
  EXACT: 'EXACT',
  AT_LEAST: 'AT_LEAST',
  MORE_THAN: 'MORE_THAN',
  RANGE: 'RANGE',
} as const satisfies { readonly [B in TargetBound]: B };
