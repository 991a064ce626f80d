import { describe, expect, it } from 'vitest';
import { drift, soakPlot } from '../../bench/lib/soak-figures.js';

describe('soak figures', () => {
  it('calls a noisy level series flat and a steady rise not', () => {
    const level = [120, 123, 119, 122, 121, 124, 120, 122, 121, 123];
    expect(drift(level).flat).toBe(true);
    // 3 MiB a minute: 27 MiB over ten minutes against a 1-MiB step.
    const rising = level.map((v, i) => v + 3 * i);
    expect(drift(rising)).toMatchObject({ flat: false });
    expect(drift(rising).slope).toBeCloseTo(3 + drift(level).slope, 5);
  });

  it('plots RSS and both latencies by minute as one SVG', () => {
    const svg = soakPlot(
      [1, 2, 3].map((minute) => ({ minute, requests: 1920, p50Ms: 20, p99Ms: 150, errors: 0, rssMiB: 120 })),
      '3 min at 32 req/s',
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    expect(svg).toContain('soak: 3 min at 32 req/s');
  });
});
