/** A sentence of the plan ends at one of these (the mark itself is not part of it); so does a line. */
export const SENTENCE_END = /[。;；!！?？\n]/;

/** A sentence as offsets into the text it was cut from, blanks around it left out. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** The sentence holding `at`..`at + length` (a passage around an occurrence). */
export function sentenceAround(text: string, at: number, length: number): SentenceSpan {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = at + length;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  return trimmed(text, from, to);
}

/** Every sentence of the text in order, the same cut as `sentenceAround`; blank stretches are none. */
export function sentencesOf(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text[i] ?? '')) continue;
    const span = trimmed(text, from, i);
    if (span.end > span.start) spans.push(span);
    from = i + 1;
  }
  return spans;
}

function trimmed(text: string, from: number, to: number): SentenceSpan {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  return { start: from + lead, end: from + lead + slice.trim().length };
}
