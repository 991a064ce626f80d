import type { GraphQLSchema, DocumentNode } from 'graphql';
import { getNamedType, isListType, getNullableType, isLeafType } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
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
  /** Page-size arguments over their limit. */
  readonly oversizedPages: readonly { readonly argument: 'first' | 'limit'; readonly max: number }[];
}

/**
 * One unit per field; a list multiplies what it selects by how many items it may return: its `first` or
 * `limit` argument (variables included, unlike a cost rule that reads only literals), or a fixed guess for
 * lists without one. Returns undefined when the variables do not fit the operation: execution reports that.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): OperationSize | undefined {
  const oversizedPages: { argument: 'first' | 'limit'; max: number }[] = [];
  const estimator = ({ type: parent, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    const first: unknown = args['first'];
    const limit: unknown = args['limit'];
    if (typeof first === 'number' && first > LIMITS.pageSize)
      oversizedPages.push({ argument: 'first', max: LIMITS.pageSize });
    if (typeof limit === 'number' && limit > LIMITS.neighborhoodSize)
      oversizedPages.push({ argument: 'limit', max: LIMITS.neighborhoodSize });
    const type = getNullableType(field.type);
    let size = 1;
    if (typeof first === 'number') size = Math.max(first, 1);
    else if (typeof limit === 'number') size = Math.max(limit, 1);
    else if (typeof args['maxHops'] === 'number')
      size = Math.min(Math.max(args['maxHops'], 1), LIMITS.pathHops);
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
    return { cost, oversizedPages };
  } catch {
    return undefined;
  }
}
