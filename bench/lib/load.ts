import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  /** Non-2xx, timeouts, socket errors, and 200s whose body has GraphQL errors or no data. */
  readonly failures: number;
}

/**
 * Closed-model load on loopback: `connections` clients each sending the next request when the last answered,
 * for `seconds`. Every response body is checked, because a GraphQL error comes back as HTTP 200.
 */
export async function load(
  target: { url: string; body: string },
  connections: number,
  seconds: number,
  ok: (body: string) => boolean,
): Promise<LoadResult> {
  let bad = 0;
  const url = new URL(target.url);
  const result = await autocannon({
    url: url.origin,
    connections,
    duration: seconds,
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
