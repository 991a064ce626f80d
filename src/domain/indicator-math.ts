import type { IndicatorModel } from './models.js';

/** Changes from baseline to target. For a range or a lower bound the target is its lower end. */
export interface IndicatorChange {
  /** The addition the target asks for, in the indicator's unit: target − baseline, or an increment's target. */
  readonly change: number | null;
  /** The level the target implies by its year: the target, or for an increment baseline + target. */
  readonly targetLevel: number | null;
  /** change ÷ baseline × 100, 2 decimals. */
  readonly growthPercent: number | null;
  /** Compound annual growth from the baseline to the target level over the years between, 2 decimals. */
  readonly requiredAnnualGrowthPercent: number | null;
}

/** The fields the maths reads: a stored indicator or one being compiled. */
export type IndicatorFigures = Pick<
  IndicatorModel,
  'target' | 'targetYear' | 'baseline' | 'baselineYear' | 'unit' | 'increment'
>;

export function indicatorChange(indicator: IndicatorFigures): IndicatorChange {
  const { target, targetYear, increment } = indicator;
  // Note: Neo4j drops null properties, so an absent baseline arrives as undefined.
  const baseline = indicator.baseline ?? null;
  const baselineYear = indicator.baselineYear ?? null;
  if (baseline === null) {
    return {
      change: increment ? target : null,
      targetLevel: increment ? null : target,
      growthPercent: null,
      requiredAnnualGrowthPercent: null,
    };
  }
  const places = Math.max(decimals(baseline), decimals(target));
  const level = increment ? round(baseline + target, places) : target;
  const change = increment ? target : round(target - baseline, places);
  // Note: a % is a share (科技贡献率 65 → 70) or already a rate (全员劳动生产率年均增长 5.13 → 6.5); a relative growth
  // or a compound annual growth of it is a number nobody means. Its change, in percentage points, is what counts.
  if (baseline <= 0 || indicator.unit === '%') {
    return { change, targetLevel: level, growthPercent: null, requiredAnnualGrowthPercent: null };
  }
  const years = baselineYear === null ? 0 : targetYear - baselineYear;
  return {
    change,
    targetLevel: level,
    growthPercent: round((level / baseline - 1) * 100, 2),
    requiredAnnualGrowthPercent: years > 0 ? round(((level / baseline) ** (1 / years) - 1) * 100, 2) : null,
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
