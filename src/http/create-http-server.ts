import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { createContext } from '../graphql/context.js';
import type { Context } from '../read/context.js';
import type { Db } from '../db/db.js';
import type { Logger } from '../logger.js';
import { checkReadiness } from './readiness.js';
import { createGraphqlHandler } from './graphql-handler.js';
import type { ResponseCache } from './response-cache.js';
import { graphqlErrorBody, sendJson } from './send-json.js';
import { answerClientError } from './client-error.js';
import { EXPLORE_PATH, createExploreRoute } from './explore-route.js';
import { EXPORT_PATH, createExportRoute } from './export-route.js';
import { GRAPHIQL_PATH, createGraphiqlRoute } from './graphiql-route.js';

export interface HttpServerOptions {
  readonly apollo: ApolloServer<Context>;
  readonly db: Db;
  readonly logger: Logger;
  readonly bodyLimitBytes?: number;
  readonly readinessTimeoutMs?: number;
  readonly cache?: ResponseCache | undefined;
  /** Each request's deadline (default LIMITS.deadlineMs). */
  readonly deadlineMs?: number;
  /** Serve GraphiQL at /graphiql (default true); off with introspection, which its docs need. */
  readonly graphiql?: boolean;
  /** Absent: ready from the start (the caller prepared the database). */
  readonly startup?: Phase;
}

/** Where the app is in its life, as the routes need it (app/startup.ts keeps it). */
export interface Phase {
  /** Ready for new traffic (what /readyz reports). */
  readonly ready: boolean;
  /** Answering GraphQL: ready, or stopping and finishing what was already sent. */
  readonly serving: boolean;
  /** Why the app is not ready; safe to show anyone. */
  readonly reason: string;
}

export const GRAPHQL_PATH = '/graphql';

// Any origin may read: the data is public. Apollo's CSRF prevention still refuses simple cross-site requests.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
  'access-control-max-age': '86400',
};

/**
 * The HTTP face of the app: GraphQL (and Sandbox) at /graphql, /healthz (the process is alive) and /readyz
 * (Neo4j answers and the graph schema is in place). Apollo must be started before the first request.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const { apollo, db, logger } = options;
  const graphql = createGraphqlHandler({
    apollo,
    context: () => Promise.resolve(createContext(db, { deadlineMs: options.deadlineMs })),
    bodyLimitBytes: options.bodyLimitBytes ?? 100 * 1024,
    cache: options.cache,
  });
  const readinessTimeoutMs = options.readinessTimeoutMs ?? 2_000;
  const { startup } = options;
  const explore = createExploreRoute();
  const graphiql = createGraphiqlRoute(GRAPHQL_PATH);
  const exportFile = createExportRoute(db, options.deadlineMs);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === GRAPHQL_PATH) {
      for (const [key, value] of Object.entries(CORS_HEADERS)) res.setHeader(key, value);
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      // Sandbox's page needs no database; an operation before the plans are in would get a wrong answer.
      const wantsPage = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
      if (startup !== undefined && !startup.serving && !wantsPage) {
        req.resume();
        sendStarting(res, startup);
        return;
      }
      await graphql(req, res, url.search);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(
        res,
        405,
        graphqlErrorBody(`${req.method ?? '?'} is not allowed here.`, 'METHOD_NOT_ALLOWED'),
        {
          allow: 'GET, HEAD',
        },
      );
      return;
    }
    if (url.pathname === EXPLORE_PATH || url.pathname.startsWith(`${EXPLORE_PATH}/`)) {
      explore(req, res, url.pathname);
      return;
    }
    const graphiqlPath = url.pathname === GRAPHIQL_PATH || url.pathname.startsWith(`${GRAPHIQL_PATH}/`);
    if (graphiqlPath && options.graphiql !== false) {
      graphiql(req, res, url.pathname);
      return;
    }
    if (url.pathname.startsWith(`${EXPORT_PATH}/`)) {
      // An export before the plans are in would be a wrong file, not an error.
      if (startup !== undefined && !startup.serving) {
        sendStarting(res, startup);
        return;
      }
      await exportFile(req, res, url);
      return;
    }
    switch (url.pathname) {
      case '/':
        res.writeHead(302, { location: GRAPHQL_PATH }).end();
        return;
      case '/healthz':
        sendJson(res, 200, { status: 'ok' });
        return;
      case '/readyz': {
        if (startup !== undefined && !startup.ready) {
          sendJson(res, 503, { status: 'unavailable', reason: startup.reason });
          return;
        }
        const readiness = await checkReadiness(db, readinessTimeoutMs);
        if (readiness.ready) {
          sendJson(res, 200, { status: 'ready' });
        } else {
          logger.warn(`not ready: ${readiness.reason}${readiness.detail ? ` (${readiness.detail})` : ''}`);
          sendJson(res, 503, { status: 'unavailable', reason: readiness.reason });
        }
        return;
      }
      default:
        sendJson(
          res,
          404,
          graphqlErrorBody(`Nothing at ${url.pathname}; GraphQL is at ${GRAPHQL_PATH}.`, 'NOT_FOUND'),
        );
    }
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      logger.error(
        `HTTP handler failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent)
        sendJson(res, 500, graphqlErrorBody('Unexpected error.', 'INTERNAL_SERVER_ERROR'));
      else res.destroy();
    });
  }); // Node's defaults let a client hold a request open for 5 minutes; a request gets 15 s to arrive and be
  // answered (its database work ends within 10 s), headers 10 s.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.on('clientError', answerClientError);
  return server;
}

function sendStarting(res: ServerResponse, startup: Phase): void {
  sendJson(
    res,
    503,
    graphqlErrorBody(`plan-graph is starting (${startup.reason}); try again shortly.`, 'SERVICE_UNAVAILABLE'),
    { 'retry-after': '1' },
  );
}
