import { indicatorChange } from '../domain/indicator-math.js';
import type { GraphSnapshot } from './graph-snapshot.js';
import { LIST_SEPARATOR, quotes, sectionPaths } from './joined-text.js';

/** A cell: text, a number, a flag, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null;

export const NODE_COLUMNS = ['id', 'name', 'kind', 'aliases', 'plan', 'englishName'] as const;
export const EDGE_COLUMNS = ['source', 'target', 'type', 'basis', 'evidence', 'sections'] as const;
export const INDICATOR_COLUMNS = [
  'id',
  'name',
  'category',
  'unit',
  'baseline',
  'baselineYear',
  'target',
  'targetMax',
  'targetYear',
  'fromTable',
  'increment',
  // How the target binds (EXACT, AT_LEAST, MORE_THAN, RANGE), and whether it is an amount a year.
  'bound',
  'perYear',
  // The API's figures: the level the target implies, the change over the period, the compound growth a year.
  'targetLevel',
  'change',
  'requiredAnnualGrowthPercent',
  // The ids of the entities it measures (nodes.csv ids): the indicator links, which edges.csv does not hold.
  'measures',
  'evidence',
] as const;

/** The snapshot as three tables: nodes, edges and indicators, in the snapshot's order. */
export function toCsv(snapshot: GraphSnapshot): { nodes: string; edges: string; indicators: string } {
  return {
    nodes: csvTable(
      NODE_COLUMNS,
      snapshot.nodes.map((n) => [
        n.id,
        n.name,
        n.kind,
        n.aliases.join(LIST_SEPARATOR),
        n.planId,
        n.englishName,
      ]),
    ),
    edges: csvTable(
      EDGE_COLUMNS,
      snapshot.edges.map((e) => [
        e.fromId,
        e.toId,
        e.type,
        e.basis,
        quotes(e.evidence),
        sectionPaths(e.evidence),
      ]),
    ),
    indicators: csvTable(
      INDICATOR_COLUMNS,
      snapshot.indicators.map((i) => {
        const { targetLevel, change, requiredAnnualGrowthPercent } = indicatorChange(i);
        return [
          i.id,
          i.name,
          i.category,
          i.unit,
          i.baseline,
          i.baselineYear,
          i.target,
          i.targetMax,
          i.targetYear,
          i.fromTable,
          i.increment,
          i.comparator,
          i.perYear,
          targetLevel,
          change,
          requiredAnnualGrowthPercent,
          i.measures.join(LIST_SEPARATOR),
          quotes(i.evidence),
        ];
      }),
    ),
  };
}

/**
 * One RFC 4180 table as Excel opens it: a UTF-8 byte order mark (without it Excel reads the Chinese as the
 * system code page), the header row, CRLF after every row, and a field quoted when it holds a comma, a double
 * quote, CR or LF (its quotes doubled).
 */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

/** One field, quoted if need be. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  // Note: formula injection (CWE-1236). Excel and LibreOffice run a cell that starts with = + - @ (or a tab or
  // CR, which they skip) as a formula; the plan's text is not ours to trust that far, so such a text cell gets a
  // leading apostrophe and shows as the text it is. Numbers are written by us from numbers, so a negative
  // number stays a number.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
