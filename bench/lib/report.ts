import type { ScaleResult } from './run-bench.js';
import { SYSTEMS } from './systems.js';

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : NaN);
const geomean = (values: number[]) =>
  values.length === 0
    ? NaN
    : Math.round(Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length) * 100) / 100;

/** `summary: B1=1.42 B2=2.10 …`: plan-graph ÷ @neo4j/graphql requests/s at the highest concurrency, per group. */
export function summaryLine(
  result: ScaleResult,
  connections: number,
  ours: 'plan-graph' | 'plan-graph cached' = 'plan-graph',
): string {
  const groups = [...new Set(result.shapes.map((s) => s.group))];
  const parts = groups.map((group) => {
    const values = result.shapes
      .filter((s) => s.group === group)
      .map((s) => {
        const c = s.load[`c${connections}`];
        return c ? ratio(c[ours].requestsPerSecond, c['@neo4j/graphql'].requestsPerSecond) : NaN;
      })
      .filter((v) => Number.isFinite(v) && v > 0);
    return `${group}=${geomean(values).toFixed(2)}`;
  });
  return `summary: ${parts.join(' ')} (${ours} / @neo4j/graphql, requests/s)`;
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
          cells.push(String(l?.requestsPerSecond ?? ''), String(l?.p50Ms ?? ''), String(l?.p99Ms ?? ''));
          failures += l?.failures ?? 0;
        }
        cells.push(String(failures));
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
        `| ${s.shape} | ${hi ? ratio(hi['plan-graph'].requestsPerSecond, hi['@neo4j/graphql'].requestsPerSecond) : ''} | ${hi ? ratio(hi['plan-graph'].requestsPerSecond, hi.floor.requestsPerSecond) : ''} | ${lo ? ratio(lo['plan-graph'].p50Ms, lo.floor.p50Ms) : ''} | ${hi ? ratio(hi['plan-graph cached'].requestsPerSecond, hi['@neo4j/graphql'].requestsPerSecond) : ''} | ${lo ? ratio(lo['plan-graph cached'].p50Ms, lo.floor.p50Ms) : ''} | ${s.answersAgree ? 'yes' : `NO: ${disagreement(s)}`} |`,
      );
    }
    out.push('', summaryLine(r, top), summaryLine(r, top, 'plan-graph cached'), '');
  }
  return out.join('\n');
}

function disagreement(s: { answers: Record<string, unknown> }): string {
  return Object.entries(s.answers)
    .map(([system, answer]) => `${system}: ${JSON.stringify(answer).slice(0, 80)}`)
    .join('; ')
    .replace(/\|/g, '/');
}
