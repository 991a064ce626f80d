import type { Db } from '../db/db.js';
import type { Loaders } from '../loaders/index.js';

/** What every read (and every resolver) gets: the request's database and its own DataLoaders. */
export interface Context {
  readonly db: Db;
  readonly loaders: Loaders;
  /**
   * Root fields read their selection with one compiled statement where it compiles (src/read/compiled/); false
   * reads through the DataLoaders only (the tests compare the two).
   */
  readonly compiledReads: boolean;
}
