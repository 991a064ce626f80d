import type { GraphQLSchema, DocumentNode } from 'graphql';
import { getNamedType, isListType, getNullableType, isLeafType } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { LIMITS } from '../../domain/limits.js';

/**
 * The size assumed for a list a client cannot size: an entity's relationships. The plan averages under two
 * per entity; a hub's are bounded by the data, and DataLoader fetches a whole level in one statement, so the
 * estimate is there to stop pages, aliases and nesting from multiplying, not to price a hub.
 */
const UNSIZED_LIST = 3;

const SIZED_BY_PARENT = /(Connection|^Subgraph|^Path)$/;

export interface OperationSize {
  readonly cost: number;
}

/**
 * One unit per field; a list multiplies what it selects by how many items it may return: its `first` or
 * `limit` argument (variables included, unlike a cost rule that reads only literals), or a fixed guess for
 * lists without one. A size beyond its argument's range counts as the range's end: the field refuses it itself,
 * BAD_USER_INPUT on that field only (src/read/arguments.ts), so it does that work at most. Returns undefined when
 * the variables do not fit the operation: execution reports that.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): OperationSize | undefined {
  // Apollo hands every request of one query text the same parsed document: a repeated operation with the same
  // variables is priced once.
  let sizes = MEASURED.get(document);
  if (sizes === undefined) MEASURED.set(document, (sizes = new LRUCache({ max: 64 })));
  const key = `${operationName ?? ''}\0${JSON.stringify(variables ?? {})}`;
  const found = sizes.get(key);
  if (found !== undefined) return found.size;
  const size = measure(schema, document, operationName, variables);
  sizes.set(key, { size });
  return size;
}

const MEASURED = new WeakMap<DocumentNode, LRUCache<string, { size: OperationSize | undefined }>>();

function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): OperationSize | undefined {
  const estimator = ({ type: parent, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    const first: unknown = args['first'];
    const limit: unknown = args['limit'];
    const type = getNullableType(field.type);
    let size = 1;
    if (typeof first === 'number') size = within(first, LIMITS.pageSize);
    else if (typeof limit === 'number') size = within(limit, LIMITS.neighborhoodSize);
    else if (typeof args['maxHops'] === 'number') size = within(args['maxHops'], LIMITS.pathHops);
    // The lists inside a connection, a subgraph or a path hold the items their field already counted.
    else if (isListType(type) && !isLeafType(getNamedType(type)) && !SIZED_BY_PARENT.test(parent.name))
      size = UNSIZED_LIST;
    // An interpretation runs statements of its own (the spellings, its searches) before any child resolves.
    const own = parent.name === 'Query' && field.name === 'interpret' ? LIMITS.interpretCost : 0;
    return 1 + own + size * childComplexity;
  };
  try {
    const cost = getComplexity({
      schema,
      query: document,
      ...(operationName ? { operationName } : {}),
      variables: variables ?? {},
      estimators: [estimator],
    });
    return { cost };
  } catch {
    return undefined;
  }
}

/** A size argument held to 1–max for pricing. */
function within(size: number, max: number): number {
  return Math.min(Math.max(size, 1), max);
}
