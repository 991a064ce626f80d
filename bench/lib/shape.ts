/** One GraphQL request: what autocannon sends and what the in-process round-trip count runs. */
export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/**
 * One benchmark shape as each system asks it. `normalize` turns each answer into the same comparable value;
 * where answers are ranked or truncated differently, they normalise to what must still agree (a count, or that
 * every name contains the text).
 */
export interface Shape {
  readonly id: string;
  /** B1 … B6, for the summary line. */
  readonly group: string;
  /**
   * The like-for-like rows of a group asked two ways (B5: unranked, ranked): the summary line reports the lower
   * of their figures, so the group meets a goal only when both do.
   */
  readonly row?: 'unranked' | 'ranked';
  /**
   * Rows measured on their own (B1.parts, B2.parts: our default, relation lists with an entity's parts): in the
   * tables, and on a line of their own group, never in the summary's B1 … B6.
   */
  readonly aside?: true;
  readonly title: string;
  readonly ours: GraphqlRequest;
  readonly theirs: GraphqlRequest;
  readonly floor: { readonly shape: string; readonly params: Record<string, unknown> };
  readonly normalize: {
    readonly ours: (data: Json) => unknown;
    readonly theirs: (data: Json) => unknown;
    readonly floor: (rows: Json) => unknown;
  };
}

// Answers are JSON; these helpers read them without a type per shape.
export type Json = any;
