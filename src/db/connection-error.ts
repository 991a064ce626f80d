import { Neo4jError } from 'neo4j-driver';

/** Neo4j did not answer at start-up; the message names the URI and the reason. */
export class DatabaseUnreachableError extends Error {
  constructor(uri: string, reason: string) {
    super(`Cannot reach Neo4j at ${uri}: ${reason}`);
    this.name = 'DatabaseUnreachableError';
  }
}

/**
 * Neo4j answered, and the answer will not change by waiting: wrong credentials, a database that does not
 * exist. Waiting for ever on those would hide a typo behind "waiting for the database".
 */
export function isPermanentConnectionError(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code.startsWith('Neo.ClientError.Security.') ||
      error.code === 'Neo.ClientError.Database.DatabaseNotFound')
  );
}

/**
 * The part of a driver error a person needs. The driver wraps a refused socket in two sentences of advice about
 * Neo4j 4.0 encryption defaults; what went wrong is after its "Caused by:".
 */
export function connectionErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.+)$/s.exec(message)?.[1];
  return (cause ?? message).split('\n')[0]?.trim() ?? '';
}
