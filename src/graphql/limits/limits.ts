/**
 * The limits every operation meets before any resolver runs. The data is public, so the only protection that
 * matters is that one request cannot make the server or Neo4j do unbounded work.
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
  /** Estimated work units, see `measureOperation` (cost.ts). */
  cost: 5000,
  /** The largest page a client may ask for (`first`), whether written inline or passed as a variable. */
  pageSize: 100,
  /** The largest `neighborhood(limit:)`. */
  neighborhoodSize: 200,
  /** Each request's own deadline: every database call ends by then. */
  deadlineMs: 10_000,
} as const;
