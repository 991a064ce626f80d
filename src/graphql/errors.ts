import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DeadlineExceededError, isPoolExhausted } from '../db/db.js';
import type { Logger } from '../logger.js';
import { ReadErrorCode } from '../read/errors.js';

/** Every `extensions.code` a client can see. Stable: clients branch on these. */
export const ErrorCode = {
  ...ReadErrorCode,
  /** A limit on the operation itself: depth, aliases, directives or cost (tokens: GRAPHQL_PARSE_FAILED). */
  GRAPHQL_VALIDATION_FAILED: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  GRAPHQL_PARSE_FAILED: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  /** Neo4j cannot be reached or is not ready: retry shortly (HTTP 503, Retry-After). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The request's deadline passed before the database answered (HTTP 504). */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  INTERNAL_SERVER_ERROR: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Which database failures a client may retry: the database is unreachable, starting, or out of connections
 * (unavailable), or the request ran out of time (deadline). Anything else is a bug, and masked.
 */
export function classifyDatabaseError(error: unknown): 'unavailable' | 'deadline' | undefined {
  if (error instanceof DeadlineExceededError) return 'deadline';
  if (!(error instanceof Neo4jError)) return undefined;
  if (error.code.includes('TransactionTimedOut')) return 'deadline';
  if (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    error.code.endsWith('DatabaseUnavailable') ||
    // The driver gives a full pool and a closed one no code of their own.
    isPoolExhausted(error) ||
    /Pool is closed/.test(error.message)
  ) {
    return 'unavailable';
  }
  return undefined;
}

/**
 * Apollo's `formatError`: a GraphQLError we or graphql-js raised passes through (without stack traces);
 * an unreachable database becomes SERVICE_UNAVAILABLE; anything else is logged and masked, so Neo4j messages
 * and stack traces never reach a client.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && original === error) return withoutStacktrace(tidy(formatted));
    if (original instanceof GraphQLError && original.extensions['code'] !== undefined) {
      return withoutStacktrace(formatted);
    }
    const kind = classifyDatabaseError(original);
    if (kind !== undefined) {
      logger.warn(`database ${kind}: ${original instanceof Error ? original.message : String(original)}`);
      return {
        message:
          kind === 'deadline'
            ? 'The database did not answer within the request deadline; try again shortly.'
            : isPoolExhausted(original)
              ? 'Every database connection is busy; try again shortly.'
              : 'The database is unavailable; try again shortly.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: kind === 'unavailable' ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.DEADLINE_EXCEEDED,
        },
      };
    }
    logger.error(`unexpected error at ${formatted.path?.join('.') ?? '(request)'}: ${describe(original)}`);
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

// GraphQL Armor words its validation errors as syntax errors; they are not.
function tidy(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return formatted.extensions?.['code'] === ErrorCode.GRAPHQL_VALIDATION_FAILED &&
    formatted.message.startsWith('Syntax Error: ')
    ? { ...formatted, message: formatted.message.slice('Syntax Error: '.length) }
    : formatted;
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions === undefined || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
