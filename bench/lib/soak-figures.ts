/** One minute of a soak: what the server answered and what it held. */
export interface SoakMinute {
  readonly minute: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Transport errors, timeouts, non-2xx and 200s with GraphQL errors. */
  readonly errors: number;
  readonly rssMiB: number;
}

/**
 * Whether a series stays flat: its least-squares slope times the run's length (`drift`) against the spread of
 * its minute-to-minute changes (the median absolute change, `spread`). Flat when the drift is within twice that
 * spread, or within 5 % of the series' median: a machine's noise, not a trend.
 */
export function drift(values: readonly number[]): {
  slope: number;
  drift: number;
  spread: number;
  flat: boolean;
} {
  const n = values.length;
  if (n < 2) return { slope: 0, drift: 0, spread: 0, flat: true };
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = num / den;
  const total = slope * (n - 1);
  const spread = median(values.slice(1).map((y, i) => Math.abs(y - (values[i] ?? y))));
  return { slope, drift: total, spread, flat: total <= Math.max(2 * spread, 0.05 * median(values)) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? 0
    : sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Two panels, RSS (MiB) and latency (p50 and p99, ms) by minute, as a self-contained SVG (no fonts needed). */
export function soakPlot(series: readonly SoakMinute[], title: string): string {
  const width = 720;
  const panel = 200;
  const left = 60;
  const right = 20;
  const top = 30;
  const gap = 50;
  const plotWidth = width - left - right;
  const maxMinute = Math.max(1, ...series.map((m) => m.minute));
  const x = (minute: number) => left + ((minute - 1) / Math.max(1, maxMinute - 1)) * plotWidth;
  const panels = [
    { label: 'RSS (MiB)', lines: [{ values: series.map((m) => m.rssMiB), colour: '#1f77b4' }] },
    {
      label: 'latency (ms): p50, p99',
      lines: [
        { values: series.map((m) => m.p50Ms), colour: '#2ca02c' },
        { values: series.map((m) => m.p99Ms), colour: '#d62728' },
      ],
    },
  ];
  const parts: string[] = [];
  panels.forEach((p, i) => {
    const y0 = top + i * (panel + gap);
    const maxValue = Math.max(1, ...p.lines.flatMap((l) => l.values)) * 1.1;
    const y = (value: number) => y0 + panel - (value / maxValue) * panel;
    parts.push(
      `<rect x="${left}" y="${y0}" width="${plotWidth}" height="${panel}" fill="none" stroke="#999"/>`,
      `<text x="${left}" y="${y0 - 8}" font-size="13" font-family="sans-serif">${p.label}</text>`,
      `<text x="${left - 6}" y="${y0 + 10}" font-size="11" text-anchor="end" font-family="sans-serif">${Math.round(maxValue)}</text>`,
      `<text x="${left - 6}" y="${y0 + panel}" font-size="11" text-anchor="end" font-family="sans-serif">0</text>`,
      `<text x="${left + plotWidth}" y="${y0 + panel + 14}" font-size="11" text-anchor="end" font-family="sans-serif">minute ${maxMinute}</text>`,
      ...p.lines.map(
        (l) =>
          `<polyline fill="none" stroke="${l.colour}" stroke-width="2" points="${l.values
            .map((v, j) => `${x(j + 1).toFixed(1)},${y(v).toFixed(1)}`)
            .join(' ')}"/>`,
      ),
    );
  });
  const height = top + 2 * panel + gap + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="16" font-size="14" text-anchor="middle" font-family="sans-serif">soak: ${title}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
