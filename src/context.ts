import type { Db } from './db/db.js';
import { createLoaders, type Loaders } from './loaders/index.js';

/** What every resolver gets: the database and this request's own DataLoaders. */
export interface Context {
  readonly db: Db;
  readonly loaders: Loaders;
}

/** Called once per request: loaders never share a cache across requests. */
export function createContext(db: Db): Context {
  return { db, loaders: createLoaders(db) };
}
