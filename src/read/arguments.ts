import { badUserInput, outOfRange, type ArgumentRange } from './errors.js';

/**
 * The rule for argument values, half of one rule every root field follows (the other half, for names, plans and
 * categories the graph lacks, is ./unknown-values.ts): a bad value is an error on that field only, typed and
 * naming its argument, never a silent cap, an empty answer or a whole response lost.
 */

/** A text argument, already normalised by its caller: not blank, at most `max` characters. */
export function checkedText(value: string, argumentName: string, max: number): string {
  if (value === '') throw badUserInput(`${argumentName} must not be empty.`, argumentName);
  if (value.length > max)
    throw badUserInput(`${argumentName} is longer than ${max} characters.`, argumentName);
  return value;
}

/**
 * An integer argument: `fallback` when absent, otherwise within `range`, or BAD_USER_INPUT with the range in
 * the message and in `extensions.range`.
 */
export function checkedInt(
  value: number | null | undefined,
  fallback: number,
  range: ArgumentRange,
  argumentName: string,
): number {
  const number = value ?? fallback;
  if (!Number.isInteger(number) || number < range.min || number > range.max) {
    throw outOfRange(argumentName, range);
  }
  return number;
}

/** A count argument (`first`, `limit`): `fallback` when absent, otherwise an integer from 1 to `max`. */
export function checkedCount(
  value: number | null | undefined,
  fallback: number,
  max: number,
  argumentName: string,
): number {
  return checkedInt(value, fallback, { min: 1, max }, argumentName);
}
