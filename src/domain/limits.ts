/**
 * Every limit a request meets: the operation's shape and cost, checked before any resolver runs
 * (src/graphql/limits/), and the arguments' bounds, checked by the question logic (src/read/). The data is
 * public, so the only protection that matters is that one request cannot make the server or Neo4j do unbounded
 * work. Note: a plain constants module in domain/, so read/, graphql/ and http/ all take it from one place and
 * read/ need not import the GraphQL plugins.
 */
export const LIMITS = {
  /**
   * Field nesting, the leaf counted, fragments flattened. The deepest question in the README nests 5 through
   * lookups; the same question over a connection adds two (edges, node), and one more reaches a quote's
   * section: 8 admits that, and the cost limit keeps breadth bounded.
   */
  depth: 8,
  aliases: 15,
  directives: 50,
  /** Lexical tokens in the document, counted while parsing: a huge document is refused before it is built. */
  tokens: 1000,
  /** Estimated work units, see `measureOperation` (src/graphql/limits/cost.ts). */
  cost: 5000,
  /**
   * The largest `first` a client may ask for, whether written inline or passed as a variable: a page of a root
   * list, search hits, passages. Beyond it (or below 1), the field alone answers BAD_USER_INPUT with the range.
   */
  pageSize: 100,
  /** The largest `neighborhood(limit:)`. */
  neighborhoodSize: 200,
  /** The longest `path(maxHops:)` searched; more is refused, never capped (6 hops already span this graph). */
  pathHops: 6,
  /**
   * The most searches one `interpret` runs for names typed loosely (one per stretch between question words;
   * a question of 100 characters has a handful).
   */
  interpretSearches: 6,
  /**
   * What `interpret` costs in the cost limit: the spellings read and its searches, each priced as a search page
   * of 20 hits with a few fields (20 × 4), so a request holds a few interpretations, not fifteen.
   */
  interpretCost: 7 * 80,
  /** The most hits one search ranks: `searchResults` counts and pages this many at most. */
  searchHits: 1000,
  /** The longest `text` of `search` and `passages`. */
  textLength: 100,
  /** The longest name argument (lookups by name, list filters, exports). */
  nameLength: 200,
  /** Each request's own deadline: every database call ends by then. */
  deadlineMs: 10_000,
} as const;
