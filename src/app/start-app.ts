import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { openDatabase } from './open-database.js';
import { waitForDatabase } from '../db/wait-for-database.js';
import { GRAPHQL_PATH, createHttpServer } from '../http/create-http-server.js';
import { importPlans, listPlanFolders } from '../import/import-plans.js';
import type { Logger } from '../logger.js';
import { createServer } from '../graphql/create-server.js';
import { watchDataVersion } from './data-version.js';
import { ResponseCache } from '../http/response-cache.js';
import { createDrain } from '../http/drain.js';
import { Lifecycle } from './lifecycle.js';
import { warmUp } from './warm-up.js';
import { requirePortFree } from '../http/require-port-free.js';
import { recordServing } from '../neo4j/instance-record.js';
import { requireDataFolderFree } from '../neo4j/embedded-neo4j.js';

export interface App {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly url: string;
  /** Drains HTTP, closes the driver, stops the embedded Neo4j. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartHooks {
  /** Called once HTTP listens, before the database is awaited and the plans imported. */
  readonly listening?: (url: string) => void;
  /**
   * Aborting stops the start: what has started is stopped again (the embedded JVM included, even mid-boot) and
   * startApp rejects with the signal's reason.
   */
  readonly signal?: AbortSignal;
}

/**
 * Starts everything `npm start` serves: Neo4j (embedded unless NEO4J_URI is set), HTTP (so /healthz answers
 * and /readyz says what it waits for), then waits for the database, imports the plans when missing or changed,
 * and opens GraphQL. Resolves when ready. Whatever started is stopped again if a later step fails.
 */
export async function startApp(
  config: Config,
  logger: Logger,
  env: NodeJS.ProcessEnv,
  hooks: StartHooks = {},
): Promise<App> {
  const stack: { name: string; stop: () => Promise<void> }[] = [];
  // Each step is timed in the log: a slow shutdown names its culprit.
  const unwind = async () => {
    for (const { name, stop } of stack.splice(0).reverse()) {
      const started = Date.now();
      await stop();
      logger.info(`stopped ${name} in ${Date.now() - started} ms`);
    }
  };
  try {
    const { signal } = hooks;
    // A data folder in use and a busy port are said before Neo4j boots, not after it.
    if (config.neo4j === undefined) requireDataFolderFree(config.embedded.dataDir);
    await requirePortFree(config.port, config.host);
    const database = await openDatabase(config, logger, env, 'serve', signal === undefined ? {} : { signal });
    stack.push({ name: 'the database connection', stop: database.close });
    const { db } = database;
    const lifecycle = new Lifecycle();

    signal?.throwIfAborted();
    const cache =
      config.responseCacheBytes > 0 ? new ResponseCache(config.responseCacheBytes, 1024 * 1024) : undefined;
    const apollo = createServer({
      logger,
      introspection: config.introspection,
      production: config.production,
    });
    const httpServer = createHttpServer({
      apollo,
      db,
      logger,
      cache,
      startup: lifecycle,
      graphiql: config.introspection,
    });
    // Requests get 4 s to finish (6 s without a JVM to stop), so the whole shutdown fits in the 10 s a
    // supervisor allows.
    const drain = createDrain(httpServer, { graceMs: config.neo4j === undefined ? 4_000 : 6_000 });
    await apollo.start();
    stack.push({ name: 'Apollo', stop: () => apollo.stop() });
    stack.push({
      name: 'HTTP (drained)',
      stop: () => {
        lifecycle.stopping();
        return drain.stop();
      },
    });
    await new Promise<void>((resolvePromise, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off('error', reject);
        resolvePromise();
      });
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host ?? 'localhost'}:${port}${GRAPHQL_PATH}`;
    if (database.neo4jPid !== undefined) recordServing(config.embedded.dataDir, database.neo4jPid, url);
    hooks.listening?.(url);

    signal?.throwIfAborted();
    await waitForDatabase(db, { uri: database.uri, timeoutMs: config.connectTimeoutMs, logger });
    signal?.throwIfAborted();
    lifecycle.importing();
    // Note: an import is one transaction per plan; an abort waits for it and stops before the next step.
    for (const result of await importPlans(db, listPlanFolders(config.plansDir))) {
      logger.info(`Plan ${result.planId}: ${result.status}`);
    }
    signal?.throwIfAborted();
    const version = watchDataVersion(db, config.dataVersionCheckMs, logger, (v) => {
      cache?.setVersion(v);
    });
    stack.push({
      name: 'the data-version watch',
      stop: () => {
        version.stop();
        return Promise.resolve();
      },
    });
    await version.refresh();
    signal?.throwIfAborted();
    if (config.warmUp) {
      lifecycle.warming();
      await warmUp(apollo, db, logger);
    }
    lifecycle.done();

    let stopping: Promise<void> | undefined;
    return { url, stop: () => (stopping ??= unwind()) };
  } catch (error) {
    await unwind();
    throw error;
  }
}
