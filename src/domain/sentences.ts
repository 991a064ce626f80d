/** A sentence of the plan ends at one of these (the mark itself is not part of it); so does a line. */
const SENTENCE_END = /[。;；!！?？\n]/;

/**
 * Whether the sentence ends at `i`: at one of those marks, or at an ASCII full stop that a plan typed for 。 (after a
 * character or a closing mark, before no letter or digit), not the one in 1.2万, “1.” or a file's .pdf.
 */
function endsAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c === '.' ? isFullStop(text, i) : SENTENCE_END.test(c);
}

/** Whether the ASCII `.` at `i` is a full stop (see `endsAt`). */
export function isFullStop(text: string, i: number): boolean {
  return (
    text.charAt(i) === '.' &&
    /[\p{Script=Han}”」）)]/u.test(text.charAt(i - 1)) &&
    !/[A-Za-z0-9]/.test(text.charAt(i + 1))
  );
}

/** A sentence as offsets into the text it was cut from, blanks around it left out. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** The sentence holding `at`..`at + length` (a passage around an occurrence). */
export function sentenceAround(text: string, at: number, length: number): SentenceSpan {
  let from = at;
  while (from > 0 && !endsAt(text, from - 1)) from--;
  let to = at + length;
  while (to < text.length && !endsAt(text, to)) to++;
  return trimmed(text, from, to);
}

/** Every sentence of the text in order, the same cut as `sentenceAround`; blank stretches are none. */
export function sentencesOf(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !endsAt(text, i)) continue;
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
