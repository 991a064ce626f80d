import type { EvidenceInput } from './dataset-schema.js';
import type { ParsedSection } from './parse-sections.js';
import type { Located } from './plan-graph.js';

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
  const sectionAt = (start: number, end: number): ParsedSection => {
    let best: ParsedSection | undefined;
    for (const s of sections) {
      if (s.start <= start && end <= s.end && (best === undefined || s.level > best.level)) best = s;
    }
    if (best === undefined) throw new Error(`no section contains ${start}..${end}`);
    return best;
  };
  const locate = (input: EvidenceInput): Located | string => {
    const quote = typeof input === 'string' ? input : input.quote;
    const within = typeof input === 'string' ? undefined : input.in;
    const scope = within === undefined ? undefined : byPath.get(within);
    if (within !== undefined && scope === undefined) return `unknown section "${within}" in "in:"`;
    const found = occurrences(text, quote).filter(
      (at) => !scope || (at >= scope.start && at + quote.length <= scope.end),
    );
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
