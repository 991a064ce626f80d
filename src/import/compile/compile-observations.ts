import type { ResolveName } from './compile-entities.js';
import { locateAll, namedIn } from './compile-relations.js';
import { writesNumber } from '../parse/number-forms.js';
import type { IndicatorRecord, ObservationRecord, RelationRecord } from '../plan-records.js';
import { listEntry, type Problem } from './problems.js';
import type { Dataset } from './read-dataset.js';
import { OBSERVABLE_KINDS } from './relation-signatures.js';
import type { SourceIndex } from '../parse/source-index.js';

/**
 * Figures the text reports (the 2020 baselines of section 一): the value and unit must appear in the quote,
 * `about` names what the figure counts, and `baselineOf` must agree with the table's baseline or, for a written
 * goal without one, gives it (the indicators come back with those baselines).
 */
export function compileObservations(
  ctx: { planId: string; source: SourceIndex; resolve: ResolveName; file: string; problems: Problem[] },
  dataset: Dataset,
  indicators: readonly IndicatorRecord[],
): { observations: ObservationRecord[]; relations: RelationRecord[]; indicators: IndicatorRecord[] } {
  const { planId, source, resolve, file, problems } = ctx;
  const withBaselines = [...indicators];
  const observations: ObservationRecord[] = [];
  const relations: RelationRecord[] = [];
  const keys = new Set<string>();
  dataset['observations.yaml'].observations.forEach((item, i) => {
    const where = { file, ...listEntry('observations', i, item.key) };
    const report = (reason: string, unknownEntity?: string) =>
      problems.push({ ...where, reason, unknownEntity });
    if (keys.has(item.key)) report(`duplicate key ${item.key}`);
    keys.add(item.key);
    const evidence = locateAll(item.evidence, source, report);
    const quotes = evidence.map((e) => e.quote).join(' ');
    if (evidence.length > 0 && !writesNumber(quotes, item.value))
      report(`the quotes do not give ${item.value}`);
    if (evidence.length > 0 && !quotes.includes(item.unit))
      report(`the quotes do not give the unit ${item.unit}`);
    const observation: ObservationRecord = {
      id: `${planId}:observation:${item.key}`,
      key: item.key,
      name: item.name,
      value: item.value,
      unit: item.unit,
      year: item.year,
      yearEnd: item.yearEnd ?? null,
      comparedTo: item.comparedTo ?? null,
      ordinal: i,
      curation: item.curation ?? 'curated',
      evidence,
    };
    observations.push(observation);
    for (const name of item.about) {
      const entity = resolve(name);
      if (entity === undefined) report(`unknown entity "${name}" in about`, name);
      else if (!OBSERVABLE_KINDS.includes(entity.kind))
        report(
          `wrong type: an observation is about ${OBSERVABLE_KINDS.join(', ')}, not ${entity.kind} ${entity.name}`,
        );
      else if (evidence.length > 0 && !namedIn(entity, evidence))
        report(`the quotes do not name ${entity.name}`);
      else relations.push({ type: 'OBSERVES', fromId: observation.id, toId: entity.id, evidence });
    }
    if (item.baselineOf !== undefined) {
      const at = withBaselines.findIndex((x) => x.key === item.baselineOf);
      let indicator = withBaselines[at];
      if (indicator !== undefined && !indicator.fromTable && indicator.baseline === null) {
        indicator = { ...indicator, baseline: item.value, baselineYear: item.year };
        withBaselines[at] = indicator;
      }
      if (indicator === undefined) report(`baselineOf ${item.baselineOf}: no such indicator`);
      else if (
        indicator.baseline !== item.value ||
        indicator.unit !== item.unit ||
        indicator.baselineYear !== item.year
      ) {
        report(
          `baselineOf ${item.baselineOf}: ${item.value} ${item.unit} (${item.year}) differs from its baseline ${String(indicator.baseline)} ${indicator.unit} (${String(indicator.baselineYear)})`,
        );
      } else relations.push({ type: 'BASELINE_OF', fromId: observation.id, toId: indicator.id, evidence });
    }
  });
  return { observations, relations, indicators: withBaselines };
}
