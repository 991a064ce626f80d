import { badUserInput } from '../graphql/errors.js';

/** A text argument, already normalised by its caller: not blank, at most `max` characters. */
export function checkedText(value: string, argumentName: string, max: number): string {
  if (value === '') throw badUserInput(`${argumentName} must not be empty.`, argumentName);
  if (value.length > max)
    throw badUserInput(`${argumentName} is longer than ${max} characters.`, argumentName);
  return value;
}

/** A count argument (`first`, `limit`): `fallback` when absent, otherwise an integer from 1 to `max`. */
export function checkedCount(
  value: number | null | undefined,
  fallback: number,
  max: number,
  argumentName: string,
): number {
  const count = value ?? fallback;
  if (!Number.isInteger(count) || count < 1 || count > max) {
    throw badUserInput(`${argumentName} must be an integer from 1 to ${max}.`, argumentName);
  }
  return count;
}
