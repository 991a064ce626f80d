import { Agent, request } from 'node:http';

export interface Outcome {
  readonly startedAt: number;
  readonly endedAt: number;
  /** HTTP status, or undefined when the request failed at the socket. */
  readonly status?: number;
  /** The first error's extensions.code, if any. */
  readonly code?: string;
  readonly body?: string;
  /** The socket error's code (ECONNREFUSED, ECONNRESET …). */
  readonly socketError?: string;
}

/** One POST, on its own connection unless an agent is given. */
export function postOnce(
  url: string,
  body: string,
  agent: Agent | false = false,
  timeoutMs = 30_000,
): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
              ?.extensions?.code;
          } catch {
            code = 'UNPARSEABLE';
          }
          resolve({
            startedAt,
            endedAt: Date.now(),
            ...(res.statusCode === undefined ? {} : { status: res.statusCode }),
            ...(code === undefined ? {} : { code }),
            body: text,
          });
        });
        res.on('error', (error: NodeJS.ErrnoException) => {
          resolve({ startedAt, endedAt: Date.now(), socketError: error.code ?? error.message });
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ startedAt, endedAt: Date.now(), socketError: error.code ?? error.message });
    });
    req.end(body);
  });
}

/**
 * Closed-model load on loopback: `workers` loops, each sending the next body as soon as the last answered (or
 * `minIntervalMs` after the last was sent), until `stop()` says so, over keep-alive connections as a browser or an API client would. Bounded by the
 * caller's stop condition; every outcome is kept.
 */
export async function loadUntil(
  url: string,
  bodies: readonly string[],
  workers: number,
  stop: () => boolean,
  /** Each worker sends at most one request per this many ms: an outage's instant 503s then do not spin. */
  minIntervalMs = 0,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: workers });
  let n = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stop()) {
        const body = bodies[n++ % bodies.length] ?? '{}';
        const outcome = await postOnce(url, body, agent);
        outcomes.push(outcome);
        // A refused connection returns at once: do not spin.
        const pause = Math.max(
          outcome.socketError ? 20 : 0,
          minIntervalMs - (outcome.endedAt - outcome.startedAt),
        );
        if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }),
  );
  agent.destroy();
  return outcomes;
}
