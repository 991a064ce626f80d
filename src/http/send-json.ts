import type { ServerResponse } from 'node:http';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** An error body in the GraphQL response shape, so clients parse every failure the same way. */
export function graphqlErrorBody(message: string, code: string): unknown {
  return { errors: [{ message, extensions: { code } }] };
}
