import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DeadlineExceededError, isPoolExhausted } from '../db/db.js';
import type { Logger } from '../logger.js';

/** Every `extensions.code` a client can see. Stable: clients branch on these. */
export const ErrorCode = {
  BAD_USER_INPUT: ApolloServerErrorCode.BAD_USER_INPUT,
  /** A limit on the operation itself: depth, aliases, directives or cost (tokens: GRAPHQL_PARSE_FAILED). */
  GRAPHQL_VALIDATION_FAILED: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  GRAPHQL_PARSE_FAILED: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  NOT_FOUND: 'NOT_FOUND',
  /** Neo4j cannot be reached or is not ready: retry shortly (HTTP 503, Retry-After). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The request's deadline passed before the database answered (HTTP 504). */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  INTERNAL_SERVER_ERROR: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

export function notFound(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.NOT_FOUND, ...(argumentName ? { argumentName } : {}) },
  });
}

/** The inclusive bounds of a numeric argument, as `extensions.range` shows them. */
export interface ArgumentRange {
  readonly min: number;
  readonly max: number;
}

/** A number outside its argument's range: BAD_USER_INPUT naming the argument, the range in the message too. */
export function outOfRange(argumentName: string, range: ArgumentRange): GraphQLError {
  return new GraphQLError(`${argumentName} must be an integer from ${range.min} to ${range.max}.`, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      argumentName,
      range: { min: range.min, max: range.max },
    },
  });
}

/**
 * A name, plan id, category or type an argument gives and the graph lacks: NOT_FOUND naming the argument, with
 * the closest known values (possibly none) as `extensions.suggestions`.
 */
export function unknownValue(
  message: string,
  argumentName: string,
  suggestions: readonly string[],
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.NOT_FOUND, argumentName, suggestions: [...suggestions] },
  });
}

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
