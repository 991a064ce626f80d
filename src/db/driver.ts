import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  readonly uri: string;
  readonly username?: string;
  readonly password?: string;
  /** Connections at most (default 50). */
  readonly maxPoolSize?: number;
  /** How long a query waits for a free connection, in ms (default 5000). */
  readonly acquisitionTimeoutMs?: number;
}

/**
 * A driver with the project's one rule for integers: `disableLosslessIntegers`, so Neo4j integers arrive as JS
 * numbers (every integer in this graph — offsets, years, counts — is far below 2^53). JS numbers travel to Neo4j
 * as floats, so Cypher converts where it needs an integer (`LIMIT toInteger($limit)`).
 *
 * Timeouts are short so that a database that is gone gives a fast error, not a 30-second hang (the driver's
 * defaults: 30 s to connect, 60 s to get a connection, 30 s of retries): a refused connection fails at once,
 * an unanswered one after 3 s, a full pool after 5 s, and a request's reads end by its own deadline anyway.
 */
export function createDriver(options: DriverOptions): Driver {
  const auth =
    options.username === undefined ? undefined : neo4j.auth.basic(options.username, options.password ?? '');
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    userAgent: 'plan-graph',
  });
}
