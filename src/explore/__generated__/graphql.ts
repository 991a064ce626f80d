/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a curator has confirmed an entry of the dataset. */
export type Curation =
  /** Confirmed by a curator: every entry of a hand-curated plan. */
  | 'CURATED'
  /** Drafted from the plan's text by `plan-graph draft` (its quote is the plan's, its reading a pattern's): check it first. */
  | 'DRAFT';

/** What kind of thing an entity is; each kind is a GraphQL type implementing Entity. */
export type EntityKind =
  /** A positioning goal (`Goal`), e.g. 三区一杆一高地. */
  | 'GOAL'
  /** An industry (`Industry`), e.g. 精密制造. */
  | 'INDUSTRY'
  /** A grouping of industries (`IndustryCategory`), e.g. 战略性新兴产业. */
  | 'INDUSTRY_CATEGORY'
  /** A university, research institute or body the plan charges with its work (`Institution`), e.g. 浙江大学, 市委人才办. */
  | 'INSTITUTION'
  /** The plan itself (`Plan`). */
  | 'PLAN'
  /** A platform (`Platform`), e.g. G60诸暨创新港. */
  | 'PLATFORM'
  /** A policy document named in 《》 (`Policy`). */
  | 'POLICY'
  /** A program, mechanism or strategy (`Program`), e.g. 家燕归巢计划. */
  | 'PROGRAM'
  /** A talent team or group (`TalentTeam`), e.g. 高技能人才. */
  | 'TALENT_TEAM';

/** What a quote of the plan supports in the graph. */
export type FactKind =
  /** An entity: a quote that names and describes it (`Entity.evidence`). */
  | 'ENTITY'
  /** An indicator: its target for the plan's last year, or its baseline (`Indicator.evidence`). */
  | 'INDICATOR'
  /** A link between two entities (`Relation`), with its basis. */
  | 'LINK'
  /** An observed figure, as 截至2020年底…… (`Observation.evidence`). */
  | 'OBSERVATION';

/**
 * What a question asks, as `interpret` reads it. Each intent has one operation in `schema/operations/interpret.graphql`
 * (named `Interpret` + the intent in PascalCase), checked against this schema when the server starts and by codegen.
 */
export type Intent =
  /** The 2020 figures: the indicators' baselines and the plan's observations about the named entity. */
  | 'BASELINE'
  /** How many entities of a kind the named one is linked to (多少个平台支撑数智安防). */
  | 'COUNT'
  /** How far a target goes: baseline, target, change, growth (增长多少, 差距). */
  | 'GROWTH'
  /** How many entities of a kind the plan names (规划中有多少个平台). */
  | 'KIND_COUNT'
  /**
   * The negation of RELATED: the entities of a kind the plan does not link to the named one (哪些平台没有支撑数智安防,
   * 哪些产业不属于战略性新兴产业), each with the dataset's reason where the text names the two together.
   */
  | 'NOT_RELATED'
  /** What the named group consists of (现代产业体系包括哪些). */
  | 'PARTS'
  /** What the named entity is part of, or which category it is in (数智安防属于哪个类别). */
  | 'PART_OF'
  /** How two named entities are connected: the shortest chain of relationships, each hop with its quotes. */
  | 'PATH'
  /** Which entities of a kind have the most links to another kind, most first (哪个平台支撑的产业最多, 前三). */
  | 'RANKING'
  /** Which entities of a kind the named one is linked to (哪些平台支撑数智安防), its parts' links included, each row naming the part. */
  | 'RELATED'
  /** What the plan says about the named entity, in its own words, and the links it states. */
  | 'SAYS'
  /** The targets (2025) of the indicators that measure the named entity. */
  | 'TARGETS'
  /** The industries no platform supports (哪些产业没有平台支撑). */
  | 'UNSUPPORTED';

/** How the plan's text supports a relationship, strongest first. */
export type RelationBasis =
  /** A member named in the body of a section whose heading names the group: 五(一) 产业人才集聚平台 → 企业技术中心. */
  | 'HEADING'
  /**
   * Two passages read together, where no sentence, heading or paragraph names both: the weakest reading kept, and the
   * dataset's note on the link says how the text supports it (铜材精密加工 PART_OF 精密制造: the plan's two lists of
   * its leading manufacturing industries name one where the other names the other).
   */
  | 'READING'
  /**
   * Both ends are parts of one sentence without a word that links them, as parallel clauses: 加快建设G60诸暨创新港,
   * ……统筹推进……新材料……等新兴产业集群发展 (G60诸暨创新港 SUPPORTS 新材料).
   */
  | 'SAME_SENTENCE'
  /** Both ends named in one short passage, in different sentences: the weakest reading kept. */
  | 'SECTION'
  /** One sentence names both ends and states the link: 以诸暨经济开发区为主平台……在数智安防……等产业构建原始创新战略力量. */
  | 'STATED';

/** Which way a relationship runs, seen from the entity asked about. */
export type RelationDirection =
  /** Either way: from this entity and to it. */
  | 'BOTH'
  /** From another entity to this one. */
  | 'IN'
  /** From this entity to another. */
  | 'OUT';

/** The curated relationship types, each directed (from → to). */
export type RelationType =
  /** The plan is based on a policy document (the city's 14th five-year plan outline). */
  | 'BASED_ON'
  /** A program or platform develops (trains, attracts, gathers) a talent team. */
  | 'DEVELOPS'
  /** An institution hosts a body (浙江新时代枫桥经验研究院 → 社会治理权威研究智库). */
  | 'HOSTS'
  /** An industry in a category of the industry system (数智安防 → 战略性新兴产业). */
  | 'IN_CATEGORY'
  /** A body leads the plan's work (市委人才办 → the plan). */
  | 'LEADS'
  /** An institution partners with a platform or the plan (浙江大学 → 校地合作平台). */
  | 'PARTNERS_WITH'
  /** A part of a larger whole: a team of a wider team, a platform of a grouping, a category of a system. */
  | 'PART_OF'
  /** A measure relies on another entity to do its work (柔性用才模式 → 研发飞地, 社会治理人才培育计划 → 枫桥学院). */
  | 'RELIES_ON'
  /**
   * A program or mechanism serves an industry or a talent team; a platform serves a talent team where the plan says
   * 服务 rather than develop (高层次人才公共服务平台 → 高层次人才); a team serves an industry (珍珠和袜艺时尚设计人才 → 美丽珍珠).
   */
  | 'SERVES'
  /** A platform supports an industry (诸暨经济开发区 → 数智安防). */
  | 'SUPPORTS';

/** How a search hit matched the text, best first. */
export type SearchMatch =
  /**
   * A shortening people use matched (exact, prefix or contains): a common abbreviation (经开区 for 诸暨经济开发区,
   * 博士后站 for 博士后工作站) or the name without a leading qualifier (海归小镇 for 欧美同学会海归小镇). The
   * shortenings come from the shared table `data/abbreviations.yaml`; one the plan writes for something else, or
   * that would name two entities, is not made.
   */
  | 'ABBREVIATION'
  /** A spelling contains the text. */
  | 'CONTAINS'
  /** The English name matched (exact, prefix or contains): precision manufacturing. */
  | 'ENGLISH'
  /** A name, alias or English name is the text (after folding: NFKC, Traditional → Simplified, Latin case). */
  | 'EXACT'
  /** A near miss, one or two characters wrong, missing or extra (家燕回巢计划 → 家燕归巢计划): edit distance. */
  | 'FUZZY'
  /** A spelling starts with the text. */
  | 'PREFIX'
  /** Typed in Traditional characters, found (exact, prefix or contains) once folded to Simplified: 諸暨英才計劃. */
  | 'TRADITIONAL'
  /** With a generic suffix dropped (精密制造业 → 精密制造, 珍珠产业 → 美丽珍珠), or a key's hyphens read as spaces. */
  | 'VARIANT'
  /** The text's words, apart or in another order, or cut where no space was typed: G60创新港, 创新港诸暨, 院士工作站. */
  | 'WORDS';

/** How a target is bounded, as the plan words it. */
export type TargetBound =
  /** 以上: the target or more. */
  | 'AT_LEAST'
  /** A plain number (达37%, 3家). */
  | 'EXACT'
  /** 超过: more than the target. */
  | 'MORE_THAN'
  /** A range, `target` to `targetMax` (6-8家). */
  | 'RANGE';

type InterpretedEntity_Goal_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_Industry_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_IndustryCategory_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_Institution_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_Plan_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_Platform_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_Policy_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_Program_Fragment = { id: string, name: string, kind: EntityKind };

type InterpretedEntity_TalentTeam_Fragment = { id: string, name: string, kind: EntityKind };

export type InterpretedEntityFragment =
  | InterpretedEntity_Goal_Fragment
  | InterpretedEntity_Industry_Fragment
  | InterpretedEntity_IndustryCategory_Fragment
  | InterpretedEntity_Institution_Fragment
  | InterpretedEntity_Plan_Fragment
  | InterpretedEntity_Platform_Fragment
  | InterpretedEntity_Policy_Fragment
  | InterpretedEntity_Program_Fragment
  | InterpretedEntity_TalentTeam_Fragment
;

export type InterpretedRelationFragment = { type: RelationType, basis: RelationBasis, from:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
  , to:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
  , via:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
   | null, evidence: Array<{ quote: string, section: { path: string } }> };

export type InterpretedIndicatorFragment = { name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> };

type InterpretedIndicators_Industry_Fragment = { indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> };

type InterpretedIndicators_Platform_Fragment = { indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> };

type InterpretedIndicators_TalentTeam_Fragment = { indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> };

export type InterpretedIndicatorsFragment =
  | InterpretedIndicators_Industry_Fragment
  | InterpretedIndicators_Platform_Fragment
  | InterpretedIndicators_TalentTeam_Fragment
;

export type InterpretedObservationFragment = { name: string, value: number, unit: string, year: number, evidence: Array<{ quote: string, section: { path: string } }> };

export type InterpretRelatedQueryVariables = Exact<{
  name: string;
  direction: RelationDirection;
  types?: Array<string> | string | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  except?: Array<string> | string | null | undefined;
  plan?: string | number | null | undefined;
}>;


export type InterpretRelatedQuery = { entity:
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretNotRelatedQueryVariables = Exact<{
  name: string;
  direction: RelationDirection;
  types?: Array<string> | string | null | undefined;
  kinds: Array<EntityKind> | EntityKind;
  plan?: string | number | null | undefined;
}>;


export type InterpretNotRelatedQuery = { entity:
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
    | { id: string, name: string, kind: EntityKind, unlinked: Array<{ reason: string | null, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }> }
   | null };

export type InterpretPartsQueryVariables = Exact<{
  name: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  plan?: string | number | null | undefined;
}>;


export type InterpretPartsQuery = { entity:
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretPartOfQueryVariables = Exact<{
  name: string;
  plan?: string | number | null | undefined;
}>;


export type InterpretPartOfQuery = { entity:
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretPathQueryVariables = Exact<{
  from: string;
  to: string;
  plan?: string | number | null | undefined;
}>;


export type InterpretPathQuery = { path: { length: number, direct: boolean, throughReading: boolean, directLinks: Array<{ type: RelationType, basis: RelationBasis, from:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      , to:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      , via:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null, evidence: Array<{ quote: string, section: { path: string } }> }>, nodes: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, edges: Array<{ type: RelationType, basis: RelationBasis, from:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      , to:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      , via:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null, evidence: Array<{ quote: string, section: { path: string } }> }> } | null };

export type InterpretSaysQueryVariables = Exact<{
  name: string;
  plan?: string | number | null | undefined;
}>;


export type InterpretSaysQuery = { entity:
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind, evidence: Array<{ quote: string, section: { path: string, title: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretTargetsQueryVariables = Exact<{
  name: string;
  plan?: string | number | null | undefined;
}>;


export type InterpretTargetsQuery = { entity:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretBaselineQueryVariables = Exact<{
  name: string;
  plan?: string | number | null | undefined;
}>;


export type InterpretBaselineQuery = { entity:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, observations: Array<{ name: string, value: number, unit: string, year: number, evidence: Array<{ quote: string, section: { path: string } }> }>, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, observations: Array<{ name: string, value: number, unit: string, year: number, evidence: Array<{ quote: string, section: { path: string } }> }>, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretGrowthQueryVariables = Exact<{
  name: string;
  plan?: string | number | null | undefined;
}>;


export type InterpretGrowthQuery = { entity:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind, indicators: Array<{ name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, increment: boolean, perYear: boolean, change: number | null, growthPercent: number | null, requiredAnnualGrowthPercent: number | null, targetLevel: number | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretCountQueryVariables = Exact<{
  name: string;
  direction: RelationDirection;
  types?: Array<string> | string | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  plan?: string | number | null | undefined;
}>;


export type InterpretCountQuery = { entity:
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
    | { relationCount: number, id: string, name: string, kind: EntityKind, relations: Array<{ type: RelationType, basis: RelationBasis, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, section: { path: string } }> }> }
   | null };

export type InterpretKindCountQueryVariables = Exact<{
  industries: boolean;
  platforms: boolean;
  programs: boolean;
  talentTeams: boolean;
  plan?: string | number | null | undefined;
}>;


export type InterpretKindCountQuery = { industries?: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: EntityKind } }> } | null, platforms?: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: EntityKind } }> } | null, programs?: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: EntityKind } }> } | null, talentTeams?: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: EntityKind } }> } | null };

export type InterpretUnsupportedQueryVariables = Exact<{
  plan?: string | number | null | undefined;
}>;


export type InterpretUnsupportedQuery = { industries: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: EntityKind } }> } | null };

export type InterpretRankingQueryVariables = Exact<{
  kind: EntityKind;
  otherKind?: EntityKind | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
  direction?: RelationDirection | null | undefined;
  first: number;
  plan?: string | number | null | undefined;
}>;


export type InterpretRankingQuery = { ranking: Array<{ count: number, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }> | null };

export type ExploreEntityQueryVariables = Exact<{
  name: string;
}>;


export type ExploreEntityQuery = { entity:
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, curation: Curation, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }>, mentions: Array<{ text: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , to:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , via:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, evidence: Array<{ quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } }> }> }
   | null };

export type QuoteInContextFragment = { quote: string, start: number, end: number, citation: { quoted: string }, section: { id: string, path: string, title: string, start: number, text: string } };

export type SectionInContextFragment = { id: string, path: string, title: string, start: number, text: string };

export type ExploreNeighborhoodQueryVariables = Exact<{
  name: string;
  depth: number;
  limit: number;
}>;


export type ExploreNeighborhoodQuery = { neighborhood: { truncated: boolean, center:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , nodes: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, edges: Array<{ type: RelationType, basis: RelationBasis, curation: Curation, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type ExploreIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreIndicatorsQuery = { indicators: Array<{ id: string, key: string, name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, fromTable: boolean, increment: boolean, perYear: boolean, change: number | null, targetLevel: number | null, requiredAnnualGrowthPercent: number | null }> | null };

export type ExplorePathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops: number;
  plan?: string | number | null | undefined;
}>;


export type ExplorePathQuery = { path: { length: number, direct: boolean, throughReading: boolean, directLinks: Array<{ type: RelationType, basis: RelationBasis }>, nodes: Array<
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
    >, edges: Array<{ type: RelationType, basis: RelationBasis, from:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , to:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , evidence: Array<{ quote: string, start: number, end: number, section: { id: string, path: string, title: string, start: number, text: string } }> }> } | null };

export type ExploreContentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreContentsQuery = { plans: Array<{ id: string, title: string, sections: Array<{ path: string, title: string }> }> };

export type ExploreReaderQueryVariables = Exact<{
  path: string;
  plan?: string | number | null | undefined;
}>;


export type ExploreReaderQuery = { section: { id: string, path: string, title: string, start: number, end: number, text: string, parent: { path: string, title: string } | null, plan: { id: string, title: string, sections: Array<{ path: string, title: string }> }, descendants: Array<{ path: string, title: string, level: number, start: number }>, mentions: Array<{ text: string, start: number, end: number, entity:
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
       }>, sentences: Array<{ quote: string, start: number, end: number, section: { path: string, title: string }, citation: { quoted: string } }>, facts: Array<{ kind: FactKind, evidence: { start: number, end: number }, relation: { type: RelationType, basis: RelationBasis, from:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , to:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
         } | null, entity:
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
        | { name: string, kind: EntityKind }
       | null, indicator: { name: string } | null, observation: { name: string } | null }> } | null };

export type ExploreSearchQueryVariables = Exact<{
  text: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ExploreSearchQuery = { searchResults: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { score: number, matched: string | null, how: SearchMatch, entity:
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
          | { id: string, name: string, englishName: string | null, kind: EntityKind, aliases: Array<string> }
         } }> } | null };

export type ExploreInterpretQueryVariables = Exact<{
  question: string;
}>;


export type ExploreInterpretQuery = { interpret: { intent: Intent | null, refused: boolean, operation: string | null, variables: Record<string, unknown> | null, negations: Array<string>, explanation: string, suggestions: Array<string>, entities: Array<{ entity:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InterpretedEntityFragmentDoc = new TypedDocumentString(`
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
    `, {"fragmentName":"InterpretedEntity"}) as unknown as TypedDocumentString<InterpretedEntityFragment, unknown>;
export const InterpretedRelationFragmentDoc = new TypedDocumentString(`
    fragment InterpretedRelation on Relation {
  type
  basis
  from {
    ...InterpretedEntity
  }
  to {
    ...InterpretedEntity
  }
  via {
    ...InterpretedEntity
  }
  evidence {
    quote
    section {
      path
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}`, {"fragmentName":"InterpretedRelation"}) as unknown as TypedDocumentString<InterpretedRelationFragment, unknown>;
export const InterpretedIndicatorFragmentDoc = new TypedDocumentString(`
    fragment InterpretedIndicator on Indicator {
  name
  category
  unit
  baseline
  baselineYear
  target
  targetMax
  targetYear
  bound
  increment
  perYear
  change
  growthPercent
  requiredAnnualGrowthPercent
  targetLevel
  evidence {
    quote
    section {
      path
    }
  }
}
    `, {"fragmentName":"InterpretedIndicator"}) as unknown as TypedDocumentString<InterpretedIndicatorFragment, unknown>;
export const InterpretedIndicatorsFragmentDoc = new TypedDocumentString(`
    fragment InterpretedIndicators on Entity {
  ... on Industry {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on Platform {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on TalentTeam {
    indicators {
      ...InterpretedIndicator
    }
  }
}
    fragment InterpretedIndicator on Indicator {
  name
  category
  unit
  baseline
  baselineYear
  target
  targetMax
  targetYear
  bound
  increment
  perYear
  change
  growthPercent
  requiredAnnualGrowthPercent
  targetLevel
  evidence {
    quote
    section {
      path
    }
  }
}`, {"fragmentName":"InterpretedIndicators"}) as unknown as TypedDocumentString<InterpretedIndicatorsFragment, unknown>;
export const InterpretedObservationFragmentDoc = new TypedDocumentString(`
    fragment InterpretedObservation on Observation {
  name
  value
  unit
  year
  evidence {
    quote
    section {
      path
    }
  }
}
    `, {"fragmentName":"InterpretedObservation"}) as unknown as TypedDocumentString<InterpretedObservationFragment, unknown>;
export const SectionInContextFragmentDoc = new TypedDocumentString(`
    fragment SectionInContext on Section {
  id
  path
  title
  start
  text
}
    `, {"fragmentName":"SectionInContext"}) as unknown as TypedDocumentString<SectionInContextFragment, unknown>;
export const QuoteInContextFragmentDoc = new TypedDocumentString(`
    fragment QuoteInContext on Evidence {
  quote
  start
  end
  citation {
    quoted
  }
  section {
    ...SectionInContext
  }
}
    fragment SectionInContext on Section {
  id
  path
  title
  start
  text
}`, {"fragmentName":"QuoteInContext"}) as unknown as TypedDocumentString<QuoteInContextFragment, unknown>;
export const InterpretRelatedDocument = new TypedDocumentString(`
    query InterpretRelated($name: String!, $direction: RelationDirection!, $types: [String!], $kinds: [EntityKind!], $except: [String!], $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    relations(
      direction: $direction
      types: $types
      kinds: $kinds
      except: $except
      includeParts: true
    ) {
      ...InterpretedRelation
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedRelation on Relation {
  type
  basis
  from {
    ...InterpretedEntity
  }
  to {
    ...InterpretedEntity
  }
  via {
    ...InterpretedEntity
  }
  evidence {
    quote
    section {
      path
    }
  }
}`) as unknown as TypedDocumentString<InterpretRelatedQuery, InterpretRelatedQueryVariables>;
export const InterpretNotRelatedDocument = new TypedDocumentString(`
    query InterpretNotRelated($name: String!, $direction: RelationDirection!, $types: [String!], $kinds: [EntityKind!]!, $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    unlinked(kinds: $kinds, types: $types, direction: $direction) {
      entity {
        ...InterpretedEntity
      }
      reason
      sections {
        path
      }
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<InterpretNotRelatedQuery, InterpretNotRelatedQueryVariables>;
export const InterpretPartsDocument = new TypedDocumentString(`
    query InterpretParts($name: String!, $kinds: [EntityKind!], $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    relations(
      direction: IN
      types: ["PART_OF", "IN_CATEGORY"]
      kinds: $kinds
      includeParts: true
    ) {
      ...InterpretedRelation
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedRelation on Relation {
  type
  basis
  from {
    ...InterpretedEntity
  }
  to {
    ...InterpretedEntity
  }
  via {
    ...InterpretedEntity
  }
  evidence {
    quote
    section {
      path
    }
  }
}`) as unknown as TypedDocumentString<InterpretPartsQuery, InterpretPartsQueryVariables>;
export const InterpretPartOfDocument = new TypedDocumentString(`
    query InterpretPartOf($name: String!, $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    relations(direction: OUT, types: ["PART_OF", "IN_CATEGORY"]) {
      ...InterpretedRelation
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedRelation on Relation {
  type
  basis
  from {
    ...InterpretedEntity
  }
  to {
    ...InterpretedEntity
  }
  via {
    ...InterpretedEntity
  }
  evidence {
    quote
    section {
      path
    }
  }
}`) as unknown as TypedDocumentString<InterpretPartOfQuery, InterpretPartOfQueryVariables>;
export const InterpretPathDocument = new TypedDocumentString(`
    query InterpretPath($from: String!, $to: String!, $plan: ID) {
  path(from: $from, to: $to, maxHops: 6, plan: $plan) {
    length
    direct
    throughReading
    directLinks {
      ...InterpretedRelation
    }
    nodes {
      ...InterpretedEntity
    }
    edges {
      ...InterpretedRelation
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedRelation on Relation {
  type
  basis
  from {
    ...InterpretedEntity
  }
  to {
    ...InterpretedEntity
  }
  via {
    ...InterpretedEntity
  }
  evidence {
    quote
    section {
      path
    }
  }
}`) as unknown as TypedDocumentString<InterpretPathQuery, InterpretPathQueryVariables>;
export const InterpretSaysDocument = new TypedDocumentString(`
    query InterpretSays($name: String!, $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    evidence {
      quote
      section {
        path
        title
      }
    }
    relations {
      ...InterpretedRelation
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedRelation on Relation {
  type
  basis
  from {
    ...InterpretedEntity
  }
  to {
    ...InterpretedEntity
  }
  via {
    ...InterpretedEntity
  }
  evidence {
    quote
    section {
      path
    }
  }
}`) as unknown as TypedDocumentString<InterpretSaysQuery, InterpretSaysQueryVariables>;
export const InterpretTargetsDocument = new TypedDocumentString(`
    query InterpretTargets($name: String!, $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    ...InterpretedIndicators
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedIndicator on Indicator {
  name
  category
  unit
  baseline
  baselineYear
  target
  targetMax
  targetYear
  bound
  increment
  perYear
  change
  growthPercent
  requiredAnnualGrowthPercent
  targetLevel
  evidence {
    quote
    section {
      path
    }
  }
}
fragment InterpretedIndicators on Entity {
  ... on Industry {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on Platform {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on TalentTeam {
    indicators {
      ...InterpretedIndicator
    }
  }
}`) as unknown as TypedDocumentString<InterpretTargetsQuery, InterpretTargetsQueryVariables>;
export const InterpretBaselineDocument = new TypedDocumentString(`
    query InterpretBaseline($name: String!, $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    ...InterpretedIndicators
    ... on Platform {
      observations {
        ...InterpretedObservation
      }
    }
    ... on TalentTeam {
      observations {
        ...InterpretedObservation
      }
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedIndicator on Indicator {
  name
  category
  unit
  baseline
  baselineYear
  target
  targetMax
  targetYear
  bound
  increment
  perYear
  change
  growthPercent
  requiredAnnualGrowthPercent
  targetLevel
  evidence {
    quote
    section {
      path
    }
  }
}
fragment InterpretedIndicators on Entity {
  ... on Industry {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on Platform {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on TalentTeam {
    indicators {
      ...InterpretedIndicator
    }
  }
}
fragment InterpretedObservation on Observation {
  name
  value
  unit
  year
  evidence {
    quote
    section {
      path
    }
  }
}`) as unknown as TypedDocumentString<InterpretBaselineQuery, InterpretBaselineQueryVariables>;
export const InterpretGrowthDocument = new TypedDocumentString(`
    query InterpretGrowth($name: String!, $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    ...InterpretedIndicators
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedIndicator on Indicator {
  name
  category
  unit
  baseline
  baselineYear
  target
  targetMax
  targetYear
  bound
  increment
  perYear
  change
  growthPercent
  requiredAnnualGrowthPercent
  targetLevel
  evidence {
    quote
    section {
      path
    }
  }
}
fragment InterpretedIndicators on Entity {
  ... on Industry {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on Platform {
    indicators {
      ...InterpretedIndicator
    }
  }
  ... on TalentTeam {
    indicators {
      ...InterpretedIndicator
    }
  }
}`) as unknown as TypedDocumentString<InterpretGrowthQuery, InterpretGrowthQueryVariables>;
export const InterpretCountDocument = new TypedDocumentString(`
    query InterpretCount($name: String!, $direction: RelationDirection!, $types: [String!], $kinds: [EntityKind!], $plan: ID) {
  entity(name: $name, plan: $plan) {
    ...InterpretedEntity
    relationCount(direction: $direction, types: $types, kinds: $kinds)
    relations(direction: $direction, types: $types, kinds: $kinds) {
      ...InterpretedRelation
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}
fragment InterpretedRelation on Relation {
  type
  basis
  from {
    ...InterpretedEntity
  }
  to {
    ...InterpretedEntity
  }
  via {
    ...InterpretedEntity
  }
  evidence {
    quote
    section {
      path
    }
  }
}`) as unknown as TypedDocumentString<InterpretCountQuery, InterpretCountQueryVariables>;
export const InterpretKindCountDocument = new TypedDocumentString(`
    query InterpretKindCount($industries: Boolean!, $platforms: Boolean!, $programs: Boolean!, $talentTeams: Boolean!, $plan: ID) {
  industries(first: 100, plan: $plan) @include(if: $industries) {
    totalCount
    edges {
      node {
        ...InterpretedEntity
      }
    }
  }
  platforms(first: 100, plan: $plan) @include(if: $platforms) {
    totalCount
    edges {
      node {
        ...InterpretedEntity
      }
    }
  }
  programs(first: 100, plan: $plan) @include(if: $programs) {
    totalCount
    edges {
      node {
        ...InterpretedEntity
      }
    }
  }
  talentTeams(first: 100, plan: $plan) @include(if: $talentTeams) {
    totalCount
    edges {
      node {
        ...InterpretedEntity
      }
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<InterpretKindCountQuery, InterpretKindCountQueryVariables>;
export const InterpretUnsupportedDocument = new TypedDocumentString(`
    query InterpretUnsupported($plan: ID) {
  industries(supported: false, first: 100, plan: $plan) {
    totalCount
    edges {
      node {
        ...InterpretedEntity
      }
    }
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<InterpretUnsupportedQuery, InterpretUnsupportedQueryVariables>;
export const InterpretRankingDocument = new TypedDocumentString(`
    query InterpretRanking($kind: EntityKind!, $otherKind: EntityKind, $types: [RelationType!], $direction: RelationDirection, $first: Int!, $plan: ID) {
  ranking(
    kind: $kind
    otherKind: $otherKind
    types: $types
    direction: $direction
    first: $first
    includeParts: true
    plan: $plan
  ) {
    entity {
      ...InterpretedEntity
    }
    count
  }
}
    fragment InterpretedEntity on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<InterpretRankingQuery, InterpretRankingQueryVariables>;
export const ExploreEntityDocument = new TypedDocumentString(`
    query ExploreEntity($name: String!) {
  entity(name: $name) {
    id
    name
    kind
    aliases
    englishName
    note
    unlinkedReason
    curation
    notLinked {
      entity {
        name
        kind
      }
      reason
      sections {
        path
      }
    }
    evidence {
      ...QuoteInContext
    }
    mentions {
      text
      start
      end
      section {
        ...SectionInContext
      }
    }
    relations {
      type
      basis
      curation
      from {
        id
        name
        kind
      }
      to {
        id
        name
        kind
      }
      via {
        id
        name
        kind
      }
      evidence {
        ...QuoteInContext
      }
    }
  }
}
    fragment QuoteInContext on Evidence {
  quote
  start
  end
  citation {
    quoted
  }
  section {
    ...SectionInContext
  }
}
fragment SectionInContext on Section {
  id
  path
  title
  start
  text
}`) as unknown as TypedDocumentString<ExploreEntityQuery, ExploreEntityQueryVariables>;
export const ExploreNeighborhoodDocument = new TypedDocumentString(`
    query ExploreNeighborhood($name: String!, $depth: Int!, $limit: Int!) {
  neighborhood(name: $name, depth: $depth, limit: $limit) {
    truncated
    center {
      id
      name
      kind
    }
    nodes {
      id
      name
      kind
    }
    edges {
      type
      basis
      curation
      from {
        id
      }
      to {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreNeighborhoodQuery, ExploreNeighborhoodQueryVariables>;
export const ExploreIndicatorsDocument = new TypedDocumentString(`
    query ExploreIndicators {
  indicators {
    id
    key
    name
    category
    unit
    baseline
    baselineYear
    target
    targetMax
    targetYear
    bound
    fromTable
    increment
    perYear
    change
    targetLevel
    requiredAnnualGrowthPercent
  }
}
    `) as unknown as TypedDocumentString<ExploreIndicatorsQuery, ExploreIndicatorsQueryVariables>;
export const ExplorePathDocument = new TypedDocumentString(`
    query ExplorePath($from: String!, $to: String!, $maxHops: Int!, $plan: ID) {
  path(from: $from, to: $to, maxHops: $maxHops, plan: $plan) {
    length
    direct
    throughReading
    directLinks {
      type
      basis
    }
    nodes {
      name
      kind
    }
    edges {
      type
      basis
      from {
        name
      }
      to {
        name
      }
      evidence {
        quote
        start
        end
        section {
          ...SectionInContext
        }
      }
    }
  }
}
    fragment SectionInContext on Section {
  id
  path
  title
  start
  text
}`) as unknown as TypedDocumentString<ExplorePathQuery, ExplorePathQueryVariables>;
export const ExploreContentsDocument = new TypedDocumentString(`
    query ExploreContents {
  plans {
    id
    title
    sections {
      path
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreContentsQuery, ExploreContentsQueryVariables>;
export const ExploreReaderDocument = new TypedDocumentString(`
    query ExploreReader($path: String!, $plan: ID) {
  section(path: $path, plan: $plan) {
    id
    path
    title
    start
    end
    text
    parent {
      path
      title
    }
    plan {
      id
      title
      sections {
        path
        title
      }
    }
    descendants {
      path
      title
      level
      start
    }
    mentions(nested: false) {
      text
      start
      end
      entity {
        name
        kind
      }
    }
    sentences {
      quote
      start
      end
      section {
        path
        title
      }
      citation {
        quoted
      }
    }
    facts {
      kind
      evidence {
        start
        end
      }
      relation {
        type
        basis
        from {
          name
          kind
        }
        to {
          name
          kind
        }
      }
      entity {
        name
        kind
      }
      indicator {
        name
      }
      observation {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreReaderQuery, ExploreReaderQueryVariables>;
export const ExploreSearchDocument = new TypedDocumentString(`
    query ExploreSearch($text: String!, $first: Int!, $after: String) {
  searchResults(text: $text, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        score
        matched
        how
        entity {
          id
          name
          englishName
          kind
          aliases
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreSearchQuery, ExploreSearchQueryVariables>;
export const ExploreInterpretDocument = new TypedDocumentString(`
    query ExploreInterpret($question: String!) {
  interpret(question: $question) {
    intent
    refused
    operation
    variables
    negations
    explanation
    suggestions
    entities {
      entity {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreInterpretQuery, ExploreInterpretQueryVariables>;