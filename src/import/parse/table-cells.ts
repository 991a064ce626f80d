/**
 * How a plan's text sets a table's columns: `|` between cells (with or without a leading `|`, as here), tabs (a
 * table copied out of Word or a spreadsheet), or columns aligned with two or more spaces, ASCII or full-width
 * (a table copied out of a PDF).
 */
export type TableLayout = 'pipes' | 'tabs' | 'spaces';

const ALIGNED = /\S[ \u3000]{2,}\S/;

/** The layout a line's cells are set in, or undefined for a line of prose. */
export function tableLayout(line: string): TableLayout | undefined {
  if (line.includes('|')) return 'pipes';
  if (line.includes('\t')) return 'tabs';
  if (ALIGNED.test(line.trim())) return 'spaces';
  return undefined;
}

/**
 * A row's cells in `layout`, trimmed, trailing empty cells dropped. An empty cell inside the row is kept where
 * the layout can show one (`|  |`, two tabs); aligned spaces cannot, so there an empty cell is simply absent.
 */
export function tableCells(line: string, layout: TableLayout): string[] {
  const cells =
    layout === 'pipes'
      ? line.trim().replace(/^\|/, '').split('|')
      : layout === 'tabs'
        ? line.replace(/^[ \u3000]+|[ \u3000\r]+$/g, '').split('\t')
        : line.trim().split(/[ \u3000]{2,}/);
  const trimmed = cells.map((cell) => cell.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

/** Whether `line` opens a table: three cells or more (for `|`, three bars: a two-column table has them). */
export function isTableHeader(line: string): TableLayout | undefined {
  const layout = tableLayout(line);
  if (layout === undefined) return undefined;
  const wide =
    layout === 'pipes' ? (line.match(/\|/g)?.length ?? 0) >= 3 : tableCells(line, layout).length >= 3;
  return wide ? layout : undefined;
}
