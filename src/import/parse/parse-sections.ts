import { isPageNumber } from './page-number.js';
import { isTableHeader, tableLayout, type TableLayout } from './table-cells.js';

/**
 * The section tree of a plan's text, computed from its own numbering, never typed by hand:
 * `一、` chapters, `(一)` sections, `1.` items, `——` items, `一是…` points (at a paragraph's start or inline
 * after `。`/`:`), and tables (a caption line followed by rows set with `|`, tabs or aligned spaces). The text before the plan's title line is
 * the front matter (`通知`), the title line and what follows it up to the first chapter is `序言`, and trailing
 * `【…】` lines are `附件`.
 *
 * Offsets are UTF-16 code units into the source text, the unit of JavaScript strings and of Cypher's
 * `substring()`; `text.slice(start, end)` is the section's text.
 */
export interface ParsedSection {
  readonly path: string;
  readonly parentPath: string | null;
  readonly title: string;
  readonly level: number;
  readonly start: number;
  readonly end: number;
  /** Position in document order (a parent comes before its children). */
  readonly ordinal: number;
}

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const NUMERAL = '[一二三四五六七八九十]+';
// 一、 (or 一. where a text is typed with ASCII punctuation) and 第一章; (一) and 第一节. The numeral is the first
// group that matched, the title the third.
const CHAPTER = new RegExp(`^(?:(${NUMERAL})[、.．](?!\\d)|第(${NUMERAL})章[\\s\u3000]*)(.*)$`);
const SECTION = new RegExp(`^(?:[(（](${NUMERAL})[)）]|第(${NUMERAL})节[\\s\u3000]*)(.*)$`);
const ITEM = /^(\d+)[.．](.*)$/;
const DASH = /^——(.*)$/;
const POINT = new RegExp(`^(${NUMERAL}是)(.*)$`);
const INLINE_POINT = new RegExp(`(?<=[。:：;；])(${NUMERAL}是)`, 'g');

export function parseSections(text: string, planTitle: string): ParsedSection[] {
  const lines = splitLines(text);
  const sections: Omit<ParsedSection, 'ordinal'>[] = [];
  const add = (s: Omit<ParsedSection, 'ordinal'>) => {
    sections.push(s);
    return s;
  };
  const titleIndex = lines.findIndex((line) => line.text.trim() === planTitle);
  const firstChapter = lines.findIndex((line) => CHAPTER.test(line.text));
  if (titleIndex < 0) throw new Error(`the plan title "${planTitle}" is not a line of the text`);
  if (firstChapter < titleIndex)
    throw new Error('no chapter heading (一、… or 第一章…) after the title line');
  const footerIndex = lastRun(lines, (line) => line.text.startsWith('【'), firstChapter);

  if (titleIndex > 0) {
    const notice = lines.slice(0, titleIndex).find((line) => /通知$/.test(line.text.trim()));
    add(span('通知', null, stripBrackets(notice?.text ?? '文头'), 0, lines, 0, titleIndex - 1));
  }
  add(span('序言', null, planTitle, 0, lines, titleIndex, firstChapter - 1));

  const bodyEnd = footerIndex ?? lines.length;
  let chapter: Omit<ParsedSection, 'ordinal'> | undefined;
  let section: Omit<ParsedSection, 'ordinal'> | undefined;
  const counters = new Map<string, number>();
  const next = (parent: string, kind: string) => {
    const key = `${parent}\0${kind}`;
    counters.set(key, (counters.get(key) ?? 0) + 1);
    return counters.get(key) ?? 0;
  };
  const headingEnd = (from: number, stop: RegExp[]) => {
    let last = from;
    for (let i = from + 1; i < bodyEnd && !stop.some((re) => re.test(lines[i]?.text ?? '')); i++) last = i;
    return last;
  };

  for (let i = firstChapter; i < bodyEnd; i++) {
    const line = lines[i] as Line;
    let match: RegExpExecArray | null;
    let layout: TableLayout | undefined;
    // A page number a copy of the printed plan carries (——3——) is no heading, no item: the text runs on.
    if (isPageNumber(line.text)) continue;
    if ((match = CHAPTER.exec(line.text))) {
      chapter = add(
        span(
          match[1] ?? match[2] ?? '',
          null,
          (match[3] ?? '').trim(),
          1,
          lines,
          i,
          headingEnd(i, [CHAPTER]),
        ),
      );
      section = undefined;
      continue;
    }
    const parent = section ?? chapter;
    if (parent === undefined) continue;
    if ((match = SECTION.exec(line.text)) && chapter) {
      const path = `${chapter.path}/(${match[1] ?? match[2] ?? ''})`;
      section = add(
        span(
          path,
          chapter.path,
          firstSentence(match[3] ?? ''),
          2,
          lines,
          i,
          headingEnd(i, [CHAPTER, SECTION]),
        ),
      );
      addInlinePoints(add, section, line, firstSentenceEnd(line.text));
    } else if ((match = ITEM.exec(line.text))) {
      const item = add(
        span(
          `${parent.path}/${match[1] ?? ''}`,
          parent.path,
          firstSentence(match[2] ?? ''),
          parent.level + 1,
          lines,
          i,
          i,
        ),
      );
      addInlinePoints(add, item, line, 0);
    } else if ((match = DASH.exec(line.text))) {
      const path = `${parent.path}/——${next(parent.path, 'dash')}`;
      add(span(path, parent.path, firstSentence(match[1] ?? ''), parent.level + 1, lines, i, i));
    } else if ((match = POINT.exec(line.text))) {
      const point = match[1] ?? '';
      add(
        span(
          `${parent.path}/${point}`,
          parent.path,
          firstSentence(match[2] ?? ''),
          parent.level + 1,
          lines,
          i,
          i,
        ),
      );
    } else if ((layout = isTableHeader(lines[i + 1]?.text ?? '')) !== undefined) {
      let last = i + 1;
      while (last + 1 < bodyEnd && tableLayout(lines[last + 1]?.text ?? '') === layout) last++;
      add(
        span(
          `${parent.path}/表${next(parent.path, 'table')}`,
          parent.path,
          line.text.trim(),
          parent.level + 1,
          lines,
          i,
          last,
        ),
      );
      i = last;
    } else {
      addInlinePoints(add, parent, line, 0);
    }
  }
  if (footerIndex !== undefined)
    add(
      span(
        '附件',
        null,
        stripBrackets(lines[footerIndex]?.text ?? ''),
        0,
        lines,
        footerIndex,
        lines.length - 1,
      ),
    );

  return sections
    .sort((a, b) => a.start - b.start || a.level - b.level || b.end - a.end)
    .map((s, ordinal) => ({ ...s, ordinal }));
}

/** `一是…二是…` inside one paragraph: each point runs to the next point or the paragraph's end. */
function addInlinePoints(
  add: (s: Omit<ParsedSection, 'ordinal'>) => unknown,
  parent: Omit<ParsedSection, 'ordinal'>,
  line: Line,
  from: number,
): void {
  const starts = [...line.text.matchAll(INLINE_POINT)].filter((m) => m.index >= from);
  starts.forEach((m, k) => {
    const start = line.start + m.index;
    const end = k + 1 < starts.length ? line.start + (starts[k + 1]?.index ?? 0) : line.end;
    const body = line.text.slice(m.index + (m[1]?.length ?? 0));
    add({
      path: `${parent.path}/${m[1] ?? ''}`,
      parentPath: parent.path,
      title: firstSentence(body),
      level: parent.level + 1,
      start,
      end: trimEnd(line.text, start - line.start, end - line.start) + line.start,
    });
  });
}

function span(
  path: string,
  parentPath: string | null,
  title: string,
  level: number,
  lines: Line[],
  first: number,
  last: number,
) {
  const start = lines[first]?.start ?? 0;
  return { path, parentPath, title, level, start, end: lines[last]?.end ?? start };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const content = raw.replace(/\r$/, '');
    lines.push({ text: content, start, end: start + content.length });
    start += raw.length + 1;
  }
  return lines;
}

function firstSentence(text: string): string {
  const end = text.indexOf('。');
  return (end < 0 ? text : text.slice(0, end)).trim();
}

function firstSentenceEnd(text: string): number {
  const end = text.indexOf('。');
  return end < 0 ? text.length : end + 1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

function stripBrackets(text: string): string {
  return text.replace(/^【[^】]*】/, '').trim();
}

/** Index of the first line of the trailing run of lines matching `test` (after `after`), if any. */
function lastRun(lines: Line[], test: (line: Line) => boolean, after: number): number | undefined {
  let i = lines.length - 1;
  while (i > after && (lines[i]?.text.trim() ?? '') === '') i--;
  let first: number | undefined;
  while (i > after && test(lines[i] as Line)) first = i--;
  return first;
}
