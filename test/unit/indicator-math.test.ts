import { describe, expect, it } from 'vitest';
import { indicatorChange, type IndicatorFigures } from '../../src/domain/indicator-math.js';

const row = (baseline: number | null, target: number, years = 5, increment = false): IndicatorFigures => ({
  unit: '万人',
  baseline,
  baselineYear: 2020,
  target,
  targetYear: 2020 + years,
  increment,
});

describe('indicatorChange', () => {
  it('computes change, growth and the compound annual growth the target requires', () => {
    // 32.2 → 39 万人 over 2020–2025: +6.8, +21.12 %, (39 / 32.2)^(1/5) − 1 = 3.91 % a year.
    expect(indicatorChange(row(32.2, 39))).toEqual({
      change: 6.8,
      targetLevel: 39,
      growthPercent: 21.12,
      requiredAnnualGrowthPercent: 3.91,
    });
    expect(indicatorChange(row(0.08, 0.33))).toEqual({
      change: 0.25,
      targetLevel: 0.33,
      growthPercent: 312.5,
      requiredAnnualGrowthPercent: 32.77,
    });
    expect(indicatorChange(row(40, 30))).toEqual({
      change: -10,
      targetLevel: 30,
      growthPercent: -25,
      requiredAnnualGrowthPercent: -5.59,
    });
  });

  it('gives nulls without a baseline, and no annual rate without years', () => {
    expect(indicatorChange(row(null, 20))).toEqual({
      change: null,
      targetLevel: 20,
      growthPercent: null,
      requiredAnnualGrowthPercent: null,
    });
    expect(indicatorChange(row(0, 5))).toEqual({
      change: 5,
      targetLevel: 5,
      growthPercent: null,
      requiredAnnualGrowthPercent: null,
    });
    expect(indicatorChange(row(10, 12, 0))).toEqual({
      change: 2,
      targetLevel: 12,
      growthPercent: 20,
      requiredAnnualGrowthPercent: null,
    });
  });

  it('reads an increment as an addition: the target is the change, the level is baseline + target', () => {
    // 省级企业技术中心: 25 in 2020, 新增 6 (the lower end of 6-8) by 2025 → 31, +24 %, 4.4 % a year.
    expect(indicatorChange(row(25, 6, 5, true))).toEqual({
      change: 6,
      targetLevel: 31,
      growthPercent: 24,
      requiredAnnualGrowthPercent: 4.4,
    });
    // Without a baseline the addition is still known; the level is not.
    expect(indicatorChange(row(null, 5, 5, true))).toEqual({
      change: 5,
      targetLevel: null,
      growthPercent: null,
      requiredAnnualGrowthPercent: null,
    });
    expect(indicatorChange(row(0.5, 0.25, 5, true))).toMatchObject({ change: 0.25, targetLevel: 0.75 });
  });
});
