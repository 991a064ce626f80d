import type { TargetBound } from '../../__generated__/schema-types.js';

/** How the text may write a number: `15`, `0.46`, or, for round numbers, 百/千/万 (百名领军人才). */
export function numberForms(value: number): string[] {
  const forms = [String(value)];
  const chinese: Record<number, string> = { 100: '百', 1000: '千', 10000: '万' };
  if (chinese[value] !== undefined) forms.push(chinese[value]);
  return forms;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyForm = (value: number) => `(?<![0-9.])(?:${numberForms(value).map(escape).join('|')})(?![0-9.])`;

export function writesNumber(quote: string, value: number): boolean {
  return new RegExp(anyForm(value)).test(quote);
}

/**
 * The bound a quote puts on a number: `15个以上` is AT_LEAST, `超过39万人` MORE_THAN, else EXACT. Only 以上
 * right after the number and unit counts, so 市级以上重点实验室3家 stays EXACT. (A RANGE is written as two numbers.)
 */
export function boundOf(quote: string, value: number, unit: string): Exclude<TargetBound, 'RANGE'> {
  if (new RegExp(`${anyForm(value)}${escape(unit)}?以上`).test(quote)) return 'AT_LEAST';
  if (new RegExp(`超过${anyForm(value)}`).test(quote)) return 'MORE_THAN';
  return 'EXACT';
}

/** The table counts people in 人 where the prose writes 名; any other unit must match exactly. */
export function sameUnit(a: string, b: string): boolean {
  const person = (unit: string) => (unit === '名' ? '人' : unit);
  return person(a) === person(b);
}
