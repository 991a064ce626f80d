import { answersAgree, failedAnswer } from './answers.js';
import type { LoadResult } from './load.js';
import type { ScaleResult } from './run-bench.js';
import { SYSTEMS } from './systems.js';

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : NaN);
// A ratio against a system that gave no answer, or a p50 below autocannon's 1 ms resolution, has no value.
const cell = (value: number) => (Number.isFinite(value) ? String(value) : '—');

// autocannon measures whole milliseconds: a p50 of 0 is below 1 ms, not free.
const p50Ratio = (ours: number, floor: number) => (ours === 0 ? '< 1 ms' : cell(ratio(ours, floor)));

const geomean = (values: number[]) =>
  values.length === 0
    ? NaN
    : Math.round(Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length) * 100) / 100;

/**
 * `summary: B1=1.42 B2=2.10 …`: plan-graph ÷ @neo4j/graphql requests/s (medians of the runs) at the highest
 * concurrency, per group (the geometric mean of its shapes); with `versus: 'floor'`, the `floor:` line. A group
 * asked two like-for-like ways (B5: unranked and ranked rows) shows the lower of the two rows' figures, so it
 * reaches a goal only when both do; both follow at the end of the line. Rows measured on their own (`aside`: our
 * default with parts) are left out: `asideLines` reports them.
 */
export function summaryLine(
  result: ScaleResult,
  connections: number,
  ours: 'plan-graph' | 'plan-graph cached' = 'plan-graph',
  versus: '@neo4j/graphql' | 'floor' = '@neo4j/graphql',
): string {
  const figure = (shapes: readonly ScaleResult['shapes'][number][]) =>
    geomean(
      shapes
        .map((s) => {
          const c = s.load[`c${connections}`];
          return c ? ratio(c[ours].requestsPerSecond, c[versus].requestsPerSecond) : NaN;
        })
        .filter((v) => Number.isFinite(v) && v > 0),
    );
  const counted = result.shapes.filter((s) => s.aside !== true);
  const groups = [...new Set(counted.map((s) => s.group))];
  const rows: string[] = [];
  const parts = groups.map((group) => {
    const shapes = counted.filter((s) => s.group === group);
    const kinds = [...new Set(shapes.map((s) => s.row).filter((row) => row !== undefined))];
    if (kinds.length < 2) return `${group}=${figure(shapes).toFixed(2)}`;
    const byRow = kinds.map((row) => ({ row, value: figure(shapes.filter((s) => s.row === row)) }));
    rows.push(`${group} ${byRow.map(({ row, value }) => `${row} ${value.toFixed(2)}`).join(', ')}`);
    return `${group}=${Math.min(...byRow.map(({ value }) => value)).toFixed(2)}`;
  });
  const note = rows.length === 0 ? '' : `; the lower of ${rows.join('; ')}`;
  return `${versus === 'floor' ? 'floor' : 'summary'}: ${parts.join(' ')} (${ours} / ${versus}, requests/s${note})`;
}

/**
 * `parts: B1.parts=0.93 B2.parts=0.71 (plan-graph / @neo4j/graphql, requests/s; floor B1.parts=… …)`: each
 * group of rows measured on their own (`aside`), shape by shape, against the peer and the floor. None when the
 * run has no such rows.
 */
export function asideLines(
  result: ScaleResult,
  connections: number,
  ours: 'plan-graph' | 'plan-graph cached' = 'plan-graph',
): string[] {
  const aside = result.shapes.filter((s) => s.aside === true);
  const figures = (shapes: typeof aside, versus: '@neo4j/graphql' | 'floor') =>
    shapes
      .map((s) => {
        const c = s.load[`c${connections}`];
        const value = c ? ratio(c[ours].requestsPerSecond, c[versus].requestsPerSecond) : NaN;
        return `${s.shape}=${Number.isFinite(value) ? value.toFixed(2) : '—'}`;
      })
      .join(' ');
  return [...new Set(aside.map((s) => s.group))].map((group) => {
    const shapes = aside.filter((s) => s.group === group);
    return `${group}: ${figures(shapes, '@neo4j/graphql')} (${ours} / @neo4j/graphql, requests/s; ${ours} / floor ${figures(shapes, 'floor')}; not in the summary)`;
  });
}

/** The markdown tables for bench/README.md. */
export function markdown(
  results: readonly ScaleResult[],
  connections: readonly number[],
  meta: string,
): string {
  const out: string[] = [meta, ''];
  for (const r of results) {
    out.push(
      `### ×${r.scale}${r.scale === 1 ? ' (the real plan)' : ''}: ${r.entities} entities, ${r.relationships} relationships`,
      '',
      `Import ${(r.importMs / 1000).toFixed(1)} s (0 when unchanged). Cold start to first answer: ${SYSTEMS.map((s) => `${s} ${r.coldStartMs[s]} ms`).join(', ')}. RSS after the runs: ${SYSTEMS.map((s) => `${s} ${Math.round(r.rssBytes[s] / 1048576)} MiB`).join(', ')}.`,
      '',
    );
    const head = ['shape', 'system', 'round trips'];
    for (const c of connections) head.push(`c${c} req/s`, `c${c} p50 ms`, `c${c} p99 ms`);
    head.push('failures');
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const s of r.shapes) {
      for (const system of SYSTEMS) {
        const key = system === '@neo4j/graphql' ? 'theirs' : system === 'floor' ? 'floor' : 'ours';
        const trips =
          system === 'plan-graph cached' ? `0 (${s.roundTrips.ours} on a miss)` : String(s.roundTrips[key]);
        const cells = [system === 'plan-graph' ? `${s.shape} ${s.title}` : '', system, trips];
        let failures = 0;
        for (const c of connections) {
          const l = s.load[`c${c}`]?.[system];
          cells.push(rps(l), String(l?.p50Ms ?? ''), String(l?.p99Ms ?? ''));
          failures += l?.failures ?? 0;
        }
        const answered = connections.some((c) => (s.load[`c${c}`]?.[system].requests ?? 0) > 0);
        cells.push(answered ? String(failures) : 'all (no answer)');
        out.push(`| ${cells.join(' | ')} |`);
      }
    }
    const top = connections[connections.length - 1] ?? 1;
    const low = connections[0] ?? 1;
    out.push(
      '',
      `| shape | req/s plan-graph ÷ @neo4j/graphql (c${top}) | req/s plan-graph ÷ floor (c${top}) | p50 plan-graph ÷ floor (c${low}) | cached: req/s ÷ @neo4j/graphql (c${top}) | cached: p50 ÷ floor (c${low}) | same answers |`,
      '|---|---|---|---|---|---|---|',
    );
    for (const s of r.shapes) {
      const hi = s.load[`c${top}`];
      const lo = s.load[`c${low}`];
      out.push(
        `| ${s.shape} | ${hi ? cell(ratio(hi['plan-graph'].requestsPerSecond, hi['@neo4j/graphql'].requestsPerSecond)) : ''} | ${hi ? cell(ratio(hi['plan-graph'].requestsPerSecond, hi.floor.requestsPerSecond)) : ''} | ${lo ? p50Ratio(lo['plan-graph'].p50Ms, lo.floor.p50Ms) : ''} | ${hi ? cell(ratio(hi['plan-graph cached'].requestsPerSecond, hi['@neo4j/graphql'].requestsPerSecond)) : ''} | ${lo ? p50Ratio(lo['plan-graph cached'].p50Ms, lo.floor.p50Ms) : ''} | ${agreement(s)} |`,
      );
    }
    out.push(
      '',
      ...asideLines(r, top),
      summaryLine(r, top, 'plan-graph cached'),
      summaryLine(r, top),
      summaryLine(r, top, 'plan-graph', 'floor'),
      '',
    );
  }
  return out.join('\n');
}

/** Requests/s: the median, with the range when it is the median of several runs. */
function rps(l: LoadResult | undefined): string {
  if (l === undefined) return '';
  const runs = l.runs ?? [];
  if (runs.length < 2) return String(l.requestsPerSecond);
  return `${l.requestsPerSecond} (${Math.min(...runs)}–${Math.max(...runs)})`;
}

function agreement(s: { answers: Record<string, unknown> }): string {
  const failed = Object.entries(s.answers)
    .filter(([, answer]) => failedAnswer(answer))
    .map(
      ([system, answer]) =>
        `${system} could not answer (${(answer as { error: string }).error.slice(0, 120)})`,
    )
    .join('; ')
    .replace(/\|/g, '/');
  const verdict = answersAgree(s.answers) ? 'yes' : `NO: ${disagreement(s)}`;
  return failed === '' ? verdict : `${verdict}; ${failed}`;
}

function disagreement(s: { answers: Record<string, unknown> }): string {
  return Object.entries(s.answers)
    .filter(([, answer]) => !failedAnswer(answer))
    .map(([system, answer]) => `${system}: ${JSON.stringify(answer).slice(0, 80)}`)
    .join('; ')
    .replace(/\|/g, '/');
}
