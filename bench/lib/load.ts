import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  /** Non-2xx, timeouts, socket errors, and 200s whose body has GraphQL errors or no data. */
  readonly failures: number;
  /** When the figure is the median of several runs: each run's requests/s. */
  readonly runs?: readonly number[];
}

/** How long a run lasts: whole seconds of load, or a number of requests per connection. */
export type RunLength = { readonly seconds: number } | { readonly requests: number };

/**
 * Closed-model load on loopback: `connections` clients each sending the next request when the last answered,
 * for `length`. Every response body is checked, because a GraphQL error comes back as HTTP 200.
 */
export async function load(
  target: { url: string; body: string },
  connections: number,
  length: RunLength,
  ok: (body: string) => boolean,
): Promise<LoadResult> {
  if ('requests' in length) return fixedRun(target, connections, length.requests, ok);
  let bad = 0;
  const url = new URL(target.url);
  const result = await autocannon({
    url: url.origin,
    connections,
    duration: length.seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: url.pathname,
        headers: { 'content-type': 'application/json' },
        body: target.body,
        onResponse: (status: number, body: string) => {
          if (status !== 200 || !ok(body)) bad++;
        },
      },
    ],
  });
  // Note: requests still waiting when the run ends are not errors to autocannon; a run with no answer at all
  // counts every connection as failed.
  const unanswered = result.requests.total === 0 ? connections : 0;
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: bad + result.errors + result.timeouts + result.non2xx + unanswered,
  };
}

/**
 * `requests` sequential requests on each of `connections` clients, timed one by one. Note: autocannon ends a run
 * on its one-second tick, so a run of a few requests would still take a second; the smoke test needs only that
 * every system answers every shape correctly, many times.
 */
async function fixedRun(
  target: { url: string; body: string },
  connections: number,
  requests: number,
  ok: (body: string) => boolean,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const client = async () => {
    for (let i = 0; i < requests; i += 1) {
      const sent = performance.now();
      try {
        const response = await fetch(target.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: target.body,
        });
        const body = await response.text();
        if (response.status !== 200 || !ok(body)) failures += 1;
      } catch {
        failures += 1;
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    requests: latencies.length,
    failures,
  };
}
