import type { QueryRequest } from './run-query.js';
import { EXIT } from './run-command.js';
import { UsageError } from './usage-error.js';

// A server that does not answer within this is reported, not waited for.
const TIMEOUT_MS = 30_000;

/**
 * `plan-graph query --url`: the operation POSTed to a running plan-graph (or any GraphQL server) as JSON, its
 * answer pretty-printed on stdout as `query` prints it. No Neo4j is opened here. Resolves with 0, or 1 when the
 * answer has errors, is not JSON, or the server cannot be reached (one line on stderr).
 */
export async function runRemoteQuery(request: QueryRequest, url: string): Promise<number> {
  const endpoint = graphqlEndpoint(url);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      // Note: a JSON body passes the server's CSRF prevention; no preflight is involved outside a browser.
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
    process.stderr.write(`plan-graph: cannot reach ${endpoint.href}: ${cause}\n`);
    return EXIT.failure;
  }
  const text = await response.text();
  let answer: { errors?: unknown[] };
  try {
    answer = JSON.parse(text) as { errors?: unknown[] };
  } catch {
    process.stderr.write(
      `plan-graph: ${endpoint.href} gave HTTP ${String(response.status)} and no GraphQL result: ${text.slice(0, 200)}\n`,
    );
    return EXIT.failure;
  }
  process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  return answer.errors !== undefined && answer.errors.length > 0 ? EXIT.failure : EXIT.ok;
}

/** The GraphQL endpoint a user means: `http://host:4000`, `…/graphql`, or a server's own path. */
function graphqlEndpoint(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url is not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new UsageError(`--url must be http:// or https://, got ${url}`);
  if (parsed.pathname === '/' || parsed.pathname === '') parsed.pathname = '/graphql';
  return parsed;
}
