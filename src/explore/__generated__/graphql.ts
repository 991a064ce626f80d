/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of thing an entity is; each kind is a GraphQL type implementing Entity. */
export type EntityKind =
  | 'GOAL'
  | 'INDUSTRY'
  | 'INDUSTRY_CATEGORY'
  | 'INSTITUTION'
  | 'PLAN'
  | 'PLATFORM'
  | 'POLICY'
  | 'PROGRAM'
  | 'TALENT_TEAM';

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

export type ExploreEntityQueryVariables = Exact<{
  name: string;
}>;


export type ExploreEntityQuery = { entity:
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
    | { id: string, name: string, kind: EntityKind, aliases: Array<string>, englishName: string | null, note: string | null, unlinkedReason: string | null, notLinked: Array<{ reason: string, entity:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
        , sections: Array<{ path: string }> }>, evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }>, relations: Array<{ type: RelationType, basis: RelationBasis, from:
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
        , evidence: Array<{ quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } }> }> }
   | null };

export type QuoteInContextFragment = { quote: string, start: number, end: number, section: { path: string, title: string, start: number, text: string } };

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
    >, edges: Array<{ type: RelationType, from:
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


export type ExploreIndicatorsQuery = { indicators: Array<{ id: string, key: string, name: string, category: string | null, unit: string, baseline: number | null, baselineYear: number | null, target: number, targetMax: number | null, targetYear: number, bound: TargetBound, fromTable: boolean, increment: boolean, perYear: boolean, change: number | null, targetLevel: number | null, requiredAnnualGrowthPercent: number | null }> };

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
         } }> } };

export type ExploreInterpretQueryVariables = Exact<{
  question: string;
}>;


export type ExploreInterpretQuery = { interpret: { intent: string | null, operation: string | null, variables: string | null, explanation: string, entities: Array<{ entity:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       }> } };

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
export const QuoteInContextFragmentDoc = new TypedDocumentString(`
    fragment QuoteInContext on Evidence {
  quote
  start
  end
  section {
    path
    title
    start
    text
  }
}
    `, {"fragmentName":"QuoteInContext"}) as unknown as TypedDocumentString<QuoteInContextFragment, unknown>;
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
    relations {
      type
      basis
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
  section {
    path
    title
    start
    text
  }
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
    operation
    variables
    explanation
    entities {
      entity {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreInterpretQuery, ExploreInterpretQueryVariables>;