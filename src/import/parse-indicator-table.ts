import type { ParsedSection } from './parse-sections.js';

/** One row of an indicator table, every value read from the text. */
export interface TableRow {
  /** 一级指标, carried down from the row above when the row leaves it empty. */
  readonly category: string;
  /** 二级指标. */
  readonly name: string;
  readonly unit: string;
  /** null where the table gives "/". */
  readonly baseline: number | null;
  readonly baselineYear: number;
  readonly target: number;
  readonly targetYear: number;
  /** The row's line in the source: `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a table section such as 主要指标: a header naming the base and target years (`2020年 基期数`,
 * `2025年目标`), then rows `一级指标 | 二级指标 | 单位 | 基期数 | 目标 |`, with or without a leading `|`. A row
 * continuing a category either leaves its first cell empty (`| 党政人才 | …`) or leaves it out and shifts left,
 * leaving an empty last cell (this plan's layout); a baseline of "/" means none. Every malformed row is
 * reported, not skipped.
 */
export function parseIndicatorTable(text: string, table: ParsedSection): TableRow[] {
  const lines = lineSpans(text, table.start, table.end).slice(1);
  const [header, ...body] = lines;
  if (header === undefined) throw new Error(`table ${table.path} has no header row`);
  const years = [...header.text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  const [baselineYear, targetYear] = years;
  if (baselineYear === undefined || targetYear === undefined) {
    throw new Error(`table ${table.path}: the header names no base and target years: "${header.text}"`);
  }
  const problems: string[] = [];
  const rows: TableRow[] = [];
  let category: string | undefined;
  for (const line of body) {
    const cells = line.text
      .trim()
      .replace(/^\|/, '')
      .split('|')
      .map((cell) => cell.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 5) {
      const first = cells.shift();
      if (first !== '') category = first;
    }
    const [name, unit, base, goal] = cells;
    const baseline = base === '/' ? null : Number(base);
    const target = Number(goal);
    if (
      cells.length !== 4 ||
      !name ||
      !unit ||
      category === undefined ||
      Number.isNaN(baseline) ||
      Number.isNaN(target)
    ) {
      problems.push(`table ${table.path}: cannot read row "${line.text}"`);
      continue;
    }
    rows.push({
      category,
      name,
      unit,
      baseline,
      baselineYear,
      target,
      targetYear,
      start: line.start,
      end: line.end,
    });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return rows;
}

function lineSpans(text: string, start: number, end: number): { text: string; start: number; end: number }[] {
  const spans: { text: string; start: number; end: number }[] = [];
  let at = start;
  for (const line of text.slice(start, end).split('\n')) {
    spans.push({ text: line, start: at, end: at + line.length });
    at += line.length + 1;
  }
  return spans.filter((span) => span.text.trim() !== '');
}
