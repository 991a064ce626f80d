import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../context.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { graphqlErrorBody, sendJson } from './send-json.js';

export interface GraphqlHandlerOptions {
  readonly apollo: ApolloServer<Context>;
  readonly context: () => Promise<Context>;
  readonly bodyLimitBytes: number;
}

/**
 * Apollo Server over plain node:http (what `startStandaloneServer` does, minus Express-era middleware), so the
 * same server also answers /healthz and /readyz. JSON bodies only, UTF-8 only, size-limited before parsing.
 */
export function createGraphqlHandler({ apollo, context, bodyLimitBytes }: GraphqlHandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    let body: unknown;
    if (req.method === 'POST') {
      const contentType = req.headers['content-type'] ?? '';
      const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1];
      if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
        sendJson(res, 415, graphqlErrorBody(`Unsupported charset "${charset}"; send UTF-8.`, 'BAD_REQUEST'));
        return;
      }
      let text: string;
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

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search, body },
      context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
