import type { Db } from '../../src/db/db.js';

/** The real Db, counting round trips by query name: how tests prove batching. */
export interface CountingDb extends Db {
  readonly calls: string[];
  /** The text of each read, in order (compiled statements are built per selection). */
  readonly texts: string[];
  reset(): void;
}

export function countingDb(db: Db, calls: string[] = [], texts: string[] = []): CountingDb {
  return {
    calls,
    texts,
    reset: () => {
      calls.splice(0);
      texts.splice(0);
    },
    read: (query, params) => {
      calls.push(query.name);
      texts.push(query.text);
      return db.read(query, params);
    },
    write: (query, params) => {
      calls.push(query.name);
      return db.write(query, params);
    },
    writeTransaction: (work) =>
      db.writeTransaction((run) =>
        work((query, params) => {
          calls.push(query.name);
          return run(query, params);
        }),
      ),
    until: (at) => countingDb(db.until(at), calls, texts),
    poolExhaustedAt: () => db.poolExhaustedAt(),
  };
}
