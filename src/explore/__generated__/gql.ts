/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExploreEntity($name: String!) {\n    entity(name: $name) {\n      id\n      name\n      kind\n      aliases\n      englishName\n      note\n      unlinkedReason\n      notLinked {\n        entity {\n          name\n          kind\n        }\n        reason\n        sections {\n          path\n        }\n      }\n      evidence {\n        ...QuoteInContext\n      }\n      relations {\n        type\n        basis\n        from {\n          id\n          name\n          kind\n        }\n        to {\n          id\n          name\n          kind\n        }\n        via {\n          id\n          name\n          kind\n        }\n        evidence {\n          ...QuoteInContext\n        }\n      }\n    }\n  }\n\n  fragment QuoteInContext on Evidence {\n    quote\n    start\n    end\n    section {\n      path\n      title\n      start\n      text\n    }\n  }\n": typeof types.ExploreEntityDocument,
    "\n  query ExploreNeighborhood($name: String!, $depth: Int!, $limit: Int!) {\n    neighborhood(name: $name, depth: $depth, limit: $limit) {\n      truncated\n      center {\n        id\n        name\n        kind\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n      edges {\n        type\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExploreNeighborhoodDocument,
    "\n  query ExploreIndicators {\n    indicators {\n      id\n      key\n      name\n      category\n      unit\n      baseline\n      baselineYear\n      target\n      targetMax\n      targetYear\n      bound\n      fromTable\n      increment\n      perYear\n      change\n      targetLevel\n      requiredAnnualGrowthPercent\n    }\n  }\n": typeof types.ExploreIndicatorsDocument,
    "\n  query ExplorePath($from: String!, $to: String!, $maxHops: Int!, $plan: ID) {\n    path(from: $from, to: $to, maxHops: $maxHops, plan: $plan) {\n      length\n      direct\n      throughReading\n      directLinks {\n        type\n        basis\n      }\n      nodes {\n        name\n        kind\n      }\n      edges {\n        type\n        basis\n        from {\n          name\n        }\n        to {\n          name\n        }\n        evidence {\n          quote\n          start\n          end\n          section {\n            path\n            title\n            start\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorePathDocument,
    "\n  query ExploreSearch($text: String!, $first: Int!, $after: String) {\n    searchResults(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          score\n          matched\n          how\n          entity {\n            id\n            name\n            englishName\n            kind\n            aliases\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExploreSearchDocument,
    "\n  query ExploreInterpret($question: String!) {\n    interpret(question: $question) {\n      intent\n      operation\n      variables\n      explanation\n      entities {\n        entity {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExploreInterpretDocument,
};
const documents: Documents = {
    "\n  query ExploreEntity($name: String!) {\n    entity(name: $name) {\n      id\n      name\n      kind\n      aliases\n      englishName\n      note\n      unlinkedReason\n      notLinked {\n        entity {\n          name\n          kind\n        }\n        reason\n        sections {\n          path\n        }\n      }\n      evidence {\n        ...QuoteInContext\n      }\n      relations {\n        type\n        basis\n        from {\n          id\n          name\n          kind\n        }\n        to {\n          id\n          name\n          kind\n        }\n        via {\n          id\n          name\n          kind\n        }\n        evidence {\n          ...QuoteInContext\n        }\n      }\n    }\n  }\n\n  fragment QuoteInContext on Evidence {\n    quote\n    start\n    end\n    section {\n      path\n      title\n      start\n      text\n    }\n  }\n": types.ExploreEntityDocument,
    "\n  query ExploreNeighborhood($name: String!, $depth: Int!, $limit: Int!) {\n    neighborhood(name: $name, depth: $depth, limit: $limit) {\n      truncated\n      center {\n        id\n        name\n        kind\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n      edges {\n        type\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n    }\n  }\n": types.ExploreNeighborhoodDocument,
    "\n  query ExploreIndicators {\n    indicators {\n      id\n      key\n      name\n      category\n      unit\n      baseline\n      baselineYear\n      target\n      targetMax\n      targetYear\n      bound\n      fromTable\n      increment\n      perYear\n      change\n      targetLevel\n      requiredAnnualGrowthPercent\n    }\n  }\n": types.ExploreIndicatorsDocument,
    "\n  query ExplorePath($from: String!, $to: String!, $maxHops: Int!, $plan: ID) {\n    path(from: $from, to: $to, maxHops: $maxHops, plan: $plan) {\n      length\n      direct\n      throughReading\n      directLinks {\n        type\n        basis\n      }\n      nodes {\n        name\n        kind\n      }\n      edges {\n        type\n        basis\n        from {\n          name\n        }\n        to {\n          name\n        }\n        evidence {\n          quote\n          start\n          end\n          section {\n            path\n            title\n            start\n            text\n          }\n        }\n      }\n    }\n  }\n": types.ExplorePathDocument,
    "\n  query ExploreSearch($text: String!, $first: Int!, $after: String) {\n    searchResults(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          score\n          matched\n          how\n          entity {\n            id\n            name\n            englishName\n            kind\n            aliases\n          }\n        }\n      }\n    }\n  }\n": types.ExploreSearchDocument,
    "\n  query ExploreInterpret($question: String!) {\n    interpret(question: $question) {\n      intent\n      operation\n      variables\n      explanation\n      entities {\n        entity {\n          name\n        }\n      }\n    }\n  }\n": types.ExploreInterpretDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreEntity($name: String!) {\n    entity(name: $name) {\n      id\n      name\n      kind\n      aliases\n      englishName\n      note\n      unlinkedReason\n      notLinked {\n        entity {\n          name\n          kind\n        }\n        reason\n        sections {\n          path\n        }\n      }\n      evidence {\n        ...QuoteInContext\n      }\n      relations {\n        type\n        basis\n        from {\n          id\n          name\n          kind\n        }\n        to {\n          id\n          name\n          kind\n        }\n        via {\n          id\n          name\n          kind\n        }\n        evidence {\n          ...QuoteInContext\n        }\n      }\n    }\n  }\n\n  fragment QuoteInContext on Evidence {\n    quote\n    start\n    end\n    section {\n      path\n      title\n      start\n      text\n    }\n  }\n"): typeof import('./graphql').ExploreEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNeighborhood($name: String!, $depth: Int!, $limit: Int!) {\n    neighborhood(name: $name, depth: $depth, limit: $limit) {\n      truncated\n      center {\n        id\n        name\n        kind\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n      edges {\n        type\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreIndicators {\n    indicators {\n      id\n      key\n      name\n      category\n      unit\n      baseline\n      baselineYear\n      target\n      targetMax\n      targetYear\n      bound\n      fromTable\n      increment\n      perYear\n      change\n      targetLevel\n      requiredAnnualGrowthPercent\n    }\n  }\n"): typeof import('./graphql').ExploreIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorePath($from: String!, $to: String!, $maxHops: Int!, $plan: ID) {\n    path(from: $from, to: $to, maxHops: $maxHops, plan: $plan) {\n      length\n      direct\n      throughReading\n      directLinks {\n        type\n        basis\n      }\n      nodes {\n        name\n        kind\n      }\n      edges {\n        type\n        basis\n        from {\n          name\n        }\n        to {\n          name\n        }\n        evidence {\n          quote\n          start\n          end\n          section {\n            path\n            title\n            start\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorePathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreSearch($text: String!, $first: Int!, $after: String) {\n    searchResults(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          score\n          matched\n          how\n          entity {\n            id\n            name\n            englishName\n            kind\n            aliases\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreInterpret($question: String!) {\n    interpret(question: $question) {\n      intent\n      operation\n      variables\n      explanation\n      entities {\n        entity {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreInterpretDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
