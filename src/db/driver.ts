import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  readonly uri: string;
  readonly username?: string;
  readonly password?: string;
}

/**
 * A driver with the project's one rule for integers: `disableLosslessIntegers`, so Neo4j integers arrive as JS
 * numbers (every integer in this graph — offsets, years, counts — is far below 2^53). JS numbers travel to Neo4j
 * as floats, so Cypher converts where it needs an integer (`LIMIT toInteger($limit)`).
 *
 * Timeouts are short so that a database that is gone gives a fast error, not a 60-second hang.
 */
export function createDriver(options: DriverOptions): Driver {
  const auth =
    options.username === undefined ? undefined : neo4j.auth.basic(options.username, options.password ?? '');
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'plan-graph',
  });
}
