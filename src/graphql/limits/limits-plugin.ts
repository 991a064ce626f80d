import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors.js';
import { measureOperation } from './cost.js';
import { LIMITS } from '../../domain/limits.js';

/** Depth, aliases and directives, checked while validating: a refused operation never reaches a resolver. */
export function limitValidationRules(): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, flattenFragments: true },
    maxAliases: { n: LIMITS.aliases },
    maxDirectives: { n: LIMITS.directives },
    // Tokens are counted by graphql-js itself (`parseOptions.maxTokens`), field suggestions hidden by
    // Apollo's `hideSchemaDetailsFromClientErrors`, and cost here below, where variables are known.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
  return validationRules;
}

/**
 * Cost, checked once the operation and its variables are known and before execution, so a document priced by
 * its variables is refused like one written inline: 400, no database call. A page size out of range is not the
 * operation's fault but its field's: that field alone refuses it (BAD_USER_INPUT, HTTP 200, the other fields
 * answered), as every argument out of range is (src/read/arguments.ts).
 */
export function limitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, operationName, request }) => {
          // graphql-js 16 finds this only while executing, and calls it an internal error.
          const root = operation?.operation ?? 'query';
          if (root !== 'query' && schema.getRootType(root) === undefined) {
            throw new GraphQLError(`This API is read-only: it has no ${root} operations.`, {
              extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
            });
          }
          const size = measureOperation(schema, document, operationName ?? undefined, request.variables);
          if (size === undefined) return Promise.resolve();
          if (size.cost > LIMITS.cost) {
            throw new GraphQLError(
              `Query cost limit of ${LIMITS.cost} exceeded, found ${size.cost}: ask for smaller pages or fewer nested lists.`,
              { extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
