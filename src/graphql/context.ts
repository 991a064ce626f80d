import type { Db } from '../db/db.js';
import { LIMITS } from '../domain/limits.js';
import { createLoaders } from '../loaders/index.js';
import type { Context } from '../read/context.js';

const DEADLINE_MARGIN_MS = 250;

export interface ContextOptions {
  readonly deadlineMs?: number;
  readonly compiledReads?: boolean;
}

/**
 * Called once per request: loaders never share a cache across requests, and every read of the request ends
 * by its deadline.
 */
export function createContext(
  db: Db,
  { deadlineMs = LIMITS.deadlineMs, compiledReads = true }: ContextOptions = {},
): Context {
  // Note: the database gets the deadline less a moment, so the answer itself still leaves within it.
  const requestDb = db.until(Date.now() + Math.max(0, deadlineMs - DEADLINE_MARGIN_MS));
  return { db: requestDb, loaders: createLoaders(requestDb), compiledReads };
}
