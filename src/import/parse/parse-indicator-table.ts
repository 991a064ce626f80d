import { tableCells, tableLayout } from './table-cells.js';
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
 * Reads a table section such as 主要指标. The header row names the columns (一级指标, 二级指标, 单位, `2020年 基期数`,
 * `2025年目标`, and any others such as 属性, which are passed over) and the base and target years; a table whose
 * header names no unit, baseline or target column is not an indicator table and gives no rows. Cells are set as
 * the header sets them: `|` (with or without a leading `|`), tabs or aligned spaces. A row continuing a category
 * either leaves its first cell empty or leaves it out and shifts left (this plan's layout); a baseline of "/" or
 * a dash means none. Every malformed row is reported, not skipped.
 */
export function parseIndicatorTable(text: string, table: ParsedSection): TableRow[] {
  const lines = lineSpans(text, table.start, table.end).slice(1);
  const [header, ...body] = lines;
  if (header === undefined) throw new Error(`table ${table.path} has no header row`);
  const layout = tableLayout(header.text) ?? 'pipes';
  const cellsOf = (line: string) => tableCells(line, layout);
  const columns = cellsOf(header.text);
  const column = (pattern: RegExp) => columns.findIndex((cell) => pattern.test(cell));
  const categoryColumn = column(/一级/);
  const nameColumn = categoryColumn >= 0 ? column(/二级|名称/) : column(/指标|名称/);
  const unitColumn = column(/单位/);
  const baselineColumn = column(/基期|基数|现状/);
  const targetColumn = column(/目标/);
  if ([nameColumn, unitColumn, baselineColumn, targetColumn].some((i) => i < 0)) return [];
  const years = [...header.text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  const [baselineYear, targetYear] = years;
  if (baselineYear === undefined || targetYear === undefined) {
    throw new Error(`table ${table.path}: the header names no base and target years: "${header.text}"`);
  }
  const problems: string[] = [];
  const rows: TableRow[] = [];
  let category: string | undefined;
  for (const line of body) {
    const cells = cellsOf(line.text);
    // This plan's layout: a continuing row leaves the category cell out and shifts left.
    if (categoryColumn === 0 && cells.length === columns.length - 1) cells.unshift('');
    const first = categoryColumn >= 0 ? cells[categoryColumn] : '';
    if (first) category = first;
    const name = cells[nameColumn];
    const unit = cells[unitColumn];
    const base = cells[baselineColumn] ?? '';
    const baseline = NO_VALUE.test(base) ? null : Number(base);
    const target = Number(cells[targetColumn] ?? '');
    if (
      cells.length < columns.length - 1 ||
      !name ||
      !unit ||
      (categoryColumn >= 0 && category === undefined) ||
      base === '' ||
      Number.isNaN(baseline) ||
      Number.isNaN(target) ||
      cells[targetColumn] === ''
    ) {
      problems.push(`table ${table.path}: cannot read row "${line.text}"`);
      continue;
    }
    rows.push({
      category: category ?? '',
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

// "/" or a dash: the table gives no baseline.
const NO_VALUE = /^(\/|—|－|-|–)$/;

function lineSpans(text: string, start: number, end: number): { text: string; start: number; end: number }[] {
  const spans: { text: string; start: number; end: number }[] = [];
  let at = start;
  for (const line of text.slice(start, end).split('\n')) {
    spans.push({ text: line, start: at, end: at + line.length });
    at += line.length + 1;
  }
  return spans.filter((span) => span.text.trim() !== '');
}
