/** A quote inside the sentence(s) around it, ready to show with the quote highlighted. */
export interface QuoteContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
  /** Text was cut before `before` / after `after` (show an ellipsis). */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
  /** False when the quote was not found in the section's text: only the quote is shown. */
  readonly located: boolean;
}

/** Where a sentence (or a line: headings, table rows) ends in the plan's text. */
const SENTENCE_END = /[。；！？\n]/;

/**
 * Finds `quote` in its section's `text` and widens it to the sentence(s) around it, at most `maxSide`
 * characters on each side. Evidence offsets and a section's `start` are both offsets into the plan's whole
 * text (UTF-16 code units, like JavaScript strings; see src/import/parse/source-index.ts), so `start − sectionStart`
 * is the quote's place in the section's text. Reading the offsets as section-relative, then a plain search,
 * are fallbacks: a quote is still shown in context should the offsets' frame ever change.
 */
export function quoteInContext(
  text: string,
  quote: string,
  start: number,
  sectionStart: number,
  maxSide = 140,
): QuoteContext {
  const at = locate(text, quote, [start - sectionStart, start]);
  if (at === -1) {
    return { before: '', quote, after: '', clippedStart: false, clippedEnd: false, located: false };
  }
  const end = at + quote.length;
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  // A quote that stops just short of its full stop gets it back; one that ends with it stops there.
  if (!SENTENCE_END.test(text.charAt(end - 1))) {
    while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
    if (to < text.length && text.charAt(to) !== '\n') to++;
  }
  const clippedStart = at - from > maxSide;
  const clippedEnd = to - end > maxSide;
  if (clippedStart) from = at - maxSide;
  if (clippedEnd) to = end + maxSide;
  return {
    before: text.slice(from, at).trimStart(),
    quote: text.slice(at, end),
    after: text.slice(end, to).trimEnd(),
    clippedStart,
    clippedEnd,
    located: true,
  };
}

function locate(text: string, quote: string, candidates: readonly number[]): number {
  if (quote === '') return -1;
  for (const at of candidates) {
    if (at >= 0 && text.startsWith(quote, at)) return at;
  }
  return text.indexOf(quote);
}
