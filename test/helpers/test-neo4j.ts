import { inject } from 'vitest';
import { connect, type Connection } from '../../src/db/connect.js';

/** The Neo4j the suite's global setup started (or NEO4J_URI). */
export interface TestNeo4j {
  readonly uri: string;
  readonly username?: string;
  readonly password?: string;
  readonly database?: string;
  /** Set when the suite started its own embedded Neo4j. */
  readonly dataDir?: string;
}

export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/** A fresh driver and Db on the suite's Neo4j; close `driver` in afterAll. */
export function connectToTestNeo4j(): Promise<Connection> {
  return connect({ ...testNeo4j(), timeoutMs: 10_000 });
}

/** The suite's Neo4j as environment variables (NEO4J_URI and its credentials), for the app or a CLI process. */
export function testNeo4jEnv(): Record<string, string> {
  const { uri, username, password, database } = testNeo4j();
  return {
    NEO4J_URI: uri,
    ...(username ? { NEO4J_USERNAME: username } : {}),
    ...(password ? { NEO4J_PASSWORD: password } : {}),
    ...(database ? { NEO4J_DATABASE: database } : {}),
  };
}
