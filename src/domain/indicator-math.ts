import type { IndicatorModel } from './models.js';

/** Changes from baseline to target. For a range or a lower bound the target is its lower end. */
export interface IndicatorChange {
  /** target − baseline, in the indicator's unit, rounded to the inputs' precision. */
  readonly change: number | null;
  /** (target ÷ baseline − 1) × 100, 2 decimals. */
  readonly growthPercent: number | null;
  /** Compound annual growth over the years between baseline and target, 2 decimals. */
  readonly requiredAnnualGrowthPercent: number | null;
}

export function indicatorChange(indicator: IndicatorModel): IndicatorChange {
  const { target, targetYear } = indicator;
  // Note: Neo4j drops null properties, so an absent baseline arrives as undefined.
  const baseline = indicator.baseline ?? null;
  const baselineYear = indicator.baselineYear ?? null;
  if (baseline === null) return { change: null, growthPercent: null, requiredAnnualGrowthPercent: null };
  const change = round(target - baseline, Math.max(decimals(baseline), decimals(target)));
  // Note: a % is a share (科技贡献率 65 → 70) or already a rate (全员劳动生产率年均增长 5.13 → 6.5); a relative growth
  // or a compound annual growth of it is a number nobody means. Its change, in percentage points, is what counts.
  if (baseline <= 0 || indicator.unit === '%') {
    return { change, growthPercent: null, requiredAnnualGrowthPercent: null };
  }
  const years = baselineYear === null ? 0 : targetYear - baselineYear;
  return {
    change,
    growthPercent: round((target / baseline - 1) * 100, 2),
    requiredAnnualGrowthPercent: years > 0 ? round(((target / baseline) ** (1 / years) - 1) * 100, 2) : null,
  };
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  // Note: adding EPSILON first keeps 2.675 → 2.68 the way a reader rounds it.
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
}
