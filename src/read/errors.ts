import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/** The codes a read raises for a request's own arguments (graphql/errors.ts lists every code a client sees). */
export const ReadErrorCode = {
  BAD_USER_INPUT: ApolloServerErrorCode.BAD_USER_INPUT,
  NOT_FOUND: 'NOT_FOUND',
} as const;

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ReadErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

export function notFound(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ReadErrorCode.NOT_FOUND, ...(argumentName ? { argumentName } : {}) },
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
      code: ReadErrorCode.BAD_USER_INPUT,
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
    extensions: { code: ReadErrorCode.NOT_FOUND, argumentName, suggestions: [...suggestions] },
  });
}
