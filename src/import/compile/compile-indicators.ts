import type { ResolveName } from './compile-entities.js';
import { locateAll, namedIn } from './compile-relations.js';
import { boundOf, sameUnit, writesNumber } from '../parse/number-forms.js';
import { indicatorChange } from '../../domain/indicator-math.js';
import type { TableRow } from '../parse/parse-indicator-table.js';
import type { IndicatorRecord, Located, RelationRecord } from '../plan-records.js';
import { listEntry, type Problem } from './problems.js';
import type { Dataset } from './read-dataset.js';
import { MEASURABLE_KINDS } from './relation-signatures.js';
import type { SourceIndex } from '../parse/source-index.js';

interface Context {
  readonly planId: string;
  readonly source: SourceIndex;
  readonly resolve: ResolveName;
  readonly file: string;
  readonly problems: Problem[];
}

/**
 * Indicators: every row of the text's table (values read from the text, keys and subjects from the dataset),
 * then the goals written in the prose. A number must appear in its quote; 以上 means AT_LEAST, 超过 MORE_THAN.
 */
export function compileIndicators(
  ctx: Context,
  dataset: Dataset,
  rows: readonly (TableRow & { readonly sectionId: string })[],
  periodEnd: number,
): { indicators: IndicatorRecord[]; relations: RelationRecord[] } {
  const { planId, source, file, problems } = ctx;
  const { table, written } = dataset['indicators.yaml'];
  const indicators: IndicatorRecord[] = [];
  const relations: RelationRecord[] = [];
  const keys = new Set<string>();
  const claimKey = (key: string, where: Pick<Problem, 'file' | 'entry' | 'at'>) => {
    if (keys.has(key)) problems.push({ ...where, reason: `duplicate key ${key}` });
    keys.add(key);
  };

  const annotated = new Set<string>();
  table.forEach((item, i) => {
    const where = { file, ...listEntry('table', i, item.row) };
    const report = (reason: string, unknownEntity?: string) =>
      problems.push({ ...where, reason, unknownEntity });
    const row = rows.find((r) => r.name === item.row);
    if (row === undefined) {
      report(`no row named "${item.row}" in the text's table (rows: ${rows.map((r) => r.name).join(', ')})`);
      return;
    }
    if (annotated.has(row.name)) report('row annotated twice');
    annotated.add(row.name);
    claimKey(item.key, where);
    const rowQuote: Located = {
      quote: source.text.slice(row.start, row.end),
      start: row.start,
      end: row.end,
      sectionId: row.sectionId,
    };
    const statedIn = locateAll(item.statedIn, source, report);
    for (const s of statedIn) {
      if (!writesNumber(s.quote, row.target) || boundOf(s.quote, row.target, row.unit) !== 'EXACT') {
        report(`statedIn must give the same target (${row.target}) without 以上/超过: "${s.quote}"`);
      }
    }
    const indicator: IndicatorRecord = {
      id: `${planId}:indicator:${item.key}`,
      key: item.key,
      name: row.name,
      category: row.category,
      unit: row.unit,
      baseline: row.baseline,
      baselineYear: row.baselineYear,
      target: row.target,
      targetMax: null,
      targetYear: row.targetYear,
      comparator: 'EXACT',
      fromTable: true,
      increment: false,
      perYear: item.perYear,
      note: null,
      ordinal: indicators.length,
      curation: item.curation ?? 'curated',
      evidence: [rowQuote, ...statedIn],
    };
    indicators.push(indicator);
    relations.push(...measures(ctx, indicator, item.measures, report));
  });
  for (const row of rows) {
    if (!annotated.has(row.name))
      problems.push({ file, entry: 'table', reason: `the text's row "${row.name}" has no entry` });
  }

  written.forEach((item, i) => {
    const where = { file, ...listEntry('written', i, item.key) };
    const report = (reason: string, unknownEntity?: string) =>
      problems.push({ ...where, reason, unknownEntity });
    claimKey(item.key, where);
    const evidence = locateAll(item.evidence, source, report);
    const quotes = evidence.map((e) => e.quote).join(' ');
    if (evidence.length > 0) {
      for (const value of [item.target, item.targetMax ?? item.target]) {
        if (!writesNumber(quotes, value)) report(`the quotes do not give ${value}`);
      }
      if (!quotes.includes(item.unit)) report(`the quotes do not give the unit ${item.unit}`);
      const expected = item.targetMax !== undefined ? 'RANGE' : boundOf(quotes, item.target, item.unit);
      if (expected !== item.comparator)
        report(`comparator ${item.comparator} does not match the quote, which says ${expected}`);
    }
    const row =
      item.restates === undefined
        ? undefined
        : indicators.find((x) => x.fromTable && x.key === item.restates);
    if (item.restates !== undefined && row === undefined)
      report(`restates ${item.restates}, which is no table indicator`);
    else if (row !== undefined) {
      const stated = restatedTarget(row, item.increment);
      if (stated === null) report(`restates ${row.key} as an increment, but the row has no baseline`);
      else if (stated !== item.target || !sameUnit(row.unit, item.unit))
        report(
          `restates ${row.key}, whose ${item.increment ? 'change' : 'target'} is ${stated} ${row.unit}, not ${item.target} ${item.unit}`,
        );
    }
    const indicator: IndicatorRecord = {
      id: `${planId}:indicator:${item.key}`,
      key: item.key,
      name: item.name,
      category: item.category,
      unit: item.unit,
      // The row it restates measured the same thing in its base year.
      baseline: row?.baseline ?? null,
      baselineYear: row?.baselineYear ?? null,
      target: item.target,
      targetMax: item.targetMax ?? null,
      targetYear: item.targetYear ?? periodEnd,
      comparator: item.comparator,
      fromTable: false,
      increment: item.increment,
      perYear: false,
      note: item.note ?? null,
      ordinal: indicators.length,
      curation: item.curation ?? 'curated',
      evidence,
    };
    indicators.push(indicator);
    relations.push(...measures(ctx, indicator, item.measures, report));
    if (row !== undefined) relations.push({ type: 'RESTATES', fromId: indicator.id, toId: row.id, evidence });
  });
  return { indicators, relations };
}

function measures(
  ctx: Context,
  indicator: IndicatorRecord,
  names: readonly string[],
  report: (reason: string, unknownEntity?: string) => void,
): RelationRecord[] {
  return names.flatMap((name) => {
    const entity = ctx.resolve(name);
    if (entity === undefined) {
      report(`unknown entity "${name}" in measures`, name);
      return [];
    }
    if (!MEASURABLE_KINDS.includes(entity.kind)) {
      report(
        `wrong type: an indicator measures ${MEASURABLE_KINDS.join(', ')}, not ${entity.kind} ${entity.name}`,
      );
      return [];
    }
    if (indicator.evidence.length > 0 && !namedIn(entity, indicator.evidence)) {
      report(`the quotes do not name ${entity.name}`);
      return [];
    }
    return [
      { type: 'MEASURES' as const, fromId: indicator.id, toId: entity.id, evidence: indicator.evidence },
    ];
  });
}

/** The target a written goal must give to restate `row`: the row's own, or its change for an increment. */
function restatedTarget(row: IndicatorRecord, increment: boolean): number | null {
  if (!increment) return row.target;
  return row.baseline === null ? null : indicatorChange(row).change;
}
