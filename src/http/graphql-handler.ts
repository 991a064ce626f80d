import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../read/context.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { ResponseCache } from './response-cache.js';
import { graphqlErrorBody, sendJson } from './send-json.js';

export interface GraphqlHandlerOptions {
  readonly apollo: ApolloServer<Context>;
  readonly context: () => Promise<Context>;
  readonly bodyLimitBytes: number;
  /** Answers kept until the data version changes; absent: every request executes. */
  readonly cache?: ResponseCache | undefined;
}

/** Request headers that change what Apollo answers (CSRF prevention reads the last two). */
const KEY_HEADERS = ['accept', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * Apollo Server over plain node:http (what `startStandaloneServer` does, minus Express-era middleware), so the
 * same server also answers /healthz and /readyz. JSON bodies only, UTF-8 only, size-limited before parsing.
 */
export function createGraphqlHandler({ apollo, context, bodyLimitBytes, cache }: GraphqlHandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    let body: unknown;
    let text = '';
    if (req.method === 'POST') {
      const contentType = req.headers['content-type'] ?? '';
      const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1];
      if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
        sendJson(res, 415, graphqlErrorBody(`Unsupported charset "${charset}"; send UTF-8.`, 'BAD_REQUEST'));
        return;
      }
      try {
        text = await readBody(req, bodyLimitBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        sendJson(res, 413, graphqlErrorBody(error.message, 'PAYLOAD_TOO_LARGE'), { connection: 'close' });
        return;
      }
      if (/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
        try {
          body = JSON.parse(text);
        } catch {
          sendJson(res, 400, graphqlErrorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
          return;
        }
      }
    }

    const method = req.method?.toUpperCase() ?? 'GET';
    const key =
      cache === undefined
        ? undefined
        : ResponseCache.keyOf(
            method,
            KEY_HEADERS.map((h) => String(req.headers[h] ?? '')).join('\0'),
            search,
            text,
          );
    const hit = key === undefined ? undefined : cache?.get(key);
    if (hit !== undefined) {
      res.writeHead(hit.status, { ...hit.headers, 'x-plan-graph-cache': 'hit' }).end(hit.body);
      return;
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context,
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Only clean answers are kept: an error may be the database's, not the question's.
      if (key !== undefined && res.statusCode === 200 && !response.body.string.includes('"errors"')) {
        cache?.set(key, {
          status: 200,
          headers: Object.fromEntries(response.headers),
          body: response.body.string,
        });
        res.setHeader('x-plan-graph-cache', 'miss');
      }
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
