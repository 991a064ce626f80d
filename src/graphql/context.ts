import type { Db } from '../db/db.js';
import { LIMITS } from '../domain/limits.js';
import { createLoaders, type Loaders } from '../loaders/index.js';

const DEADLINE_MARGIN_MS = 250;

/** What every resolver gets: the database and this request's own DataLoaders. */
export interface Context {
  readonly db: Db;
  readonly loaders: Loaders;
  /**
   * Root fields read their selection with one compiled statement where it compiles (src/read/compiled/); false
   * reads through the DataLoaders only (the tests compare the two).
   */
  readonly compiledReads: boolean;
}

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
