import type { EvidenceInput } from '../compile/dataset-schema.js';
import type { ParsedSection } from './parse-sections.js';
import type { Located } from '../plan-records.js';

/** The source text with its sections: finds quotes and the deepest section around any span. */
export interface SourceIndex {
  readonly text: string;
  readonly sections: readonly ParsedSection[];
  sectionId(path: string): string;
  /** The deepest section containing [start, end). */
  sectionAt(start: number, end: number): ParsedSection;
  /** Locates a quote, or says why it cannot (not found, ambiguous, unknown section). */
  locate(input: EvidenceInput): Located | string;
}

export function createSourceIndex(
  planId: string,
  text: string,
  sections: readonly ParsedSection[],
): SourceIndex {
  const byPath = new Map(sections.map((s) => [s.path, s]));
  const sectionId = (path: string) => `${planId}:section:${path}`;
  // Sections in document order; the deepest one around a span is among those starting at or before it.
  const ordered = [...sections].sort((a, b) => a.start - b.start || a.level - b.level);
  const sectionAt = (start: number, end: number): ParsedSection => {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ordered[mid] as ParsedSection).start <= start) lo = mid + 1;
      else hi = mid;
    }
    // Walking back, the first section that contains the span is the deepest: any deeper one would start later.
    for (let i = lo - 1; i >= 0; i--) {
      const s = ordered[i] as ParsedSection;
      if (s.start <= start && end <= s.end) return s;
    }
    throw new Error(`no section contains ${start}..${end}`);
  };
  const locate = (input: EvidenceInput): Located | string => {
    const quote = typeof input === 'string' ? input : input.quote;
    const within = typeof input === 'string' ? undefined : input.in;
    const scope = within === undefined ? undefined : byPath.get(within);
    if (within !== undefined && scope === undefined) return `unknown section "${within}" in "in:"`;
    // Note: a quote pinned to a section is searched only there, which keeps big plans fast.
    const found = scope
      ? occurrences(text.slice(scope.start, scope.end), quote).map((at) => at + scope.start)
      : occurrences(text, quote);
    const where = within === undefined ? '' : ` within ${within}`;
    if (found.length === 0) return `quote not found in the text${where}: "${quote}"`;
    if (found.length > 1) {
      const paths = found.map((at) => sectionAt(at, at + quote.length).path).join(', ');
      return `quote occurs ${found.length} times${where} (in ${paths}); add "in:" with a section path: "${quote}"`;
    }
    const start = found[0] ?? 0;
    const end = start + quote.length;
    return { quote, start, end, sectionId: sectionId(sectionAt(start, end).path) };
  };
  return { text, sections, sectionId, sectionAt, locate };
}

export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Where a section's heading line ends, if its first line holds only its number and title (一、…, (一)…), as
 * opposed to a section whose title is the first sentence of its paragraph (1.…。, 一是…。).
 */
export function headingEnd(text: string, section: ParsedSection): number | undefined {
  const lineEnd = text.indexOf('\n', section.start);
  const end = lineEnd < 0 || lineEnd > section.end ? section.end : lineEnd;
  const line = text.slice(section.start, end).trim();
  if (end >= section.end || !line.endsWith(section.title) || line.length > section.title.length + 4)
    return undefined;
  return end;
}
