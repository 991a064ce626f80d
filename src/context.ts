import type { Db } from './db/db.js';
import { LIMITS } from './limits/limits.js';
import { createLoaders, type Loaders } from './loaders/index.js';

/** What every resolver gets: the database and this request's own DataLoaders. */
export interface Context {
  readonly db: Db;
  readonly loaders: Loaders;
}

/**
 * Called once per request: loaders never share a cache across requests, and every read of the request ends
 * by its deadline.
 */
export function createContext(db: Db, deadlineMs: number = LIMITS.deadlineMs): Context {
  const requestDb = db.until(Date.now() + deadlineMs);
  return { db: requestDb, loaders: createLoaders(requestDb) };
}
