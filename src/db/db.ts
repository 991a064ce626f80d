import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Query } from './query.js';

/** Runs one registered query inside a transaction. */
export type Run = <Params, Row>(query: Query<Params, Row>, params: Params) => Promise<Row[]>;

/**
 * The app's only door to Neo4j: run a registered query, get plain rows back. Reads are routed to readers on a
 * cluster, writes to the leader. `read` and `write` are one round trip each (a managed transaction, retried
 * by the driver on transient errors); `writeTransaction` runs several queries all-or-nothing.
 */
export interface Db {
  read<Params, Row>(query: Query<Params, Row>, params: Params): Promise<Row[]>;
  write<Params, Row>(query: Query<Params, Row>, params: Params): Promise<Row[]>;
  /**
   * One write transaction: it commits only if `work` resolves. The driver may retry `work` from the start on
   * a transient error, so `work` must do nothing outside the transaction that cannot be repeated.
   */
  writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T>;
}

const rows = <Row>(records: Neo4jRecord[]): Row[] => records.map((record) => record.toObject() as Row);

export function createDb(driver: Driver, database: string | undefined): Db {
  const target = database === undefined ? {} : { database };
  const run = async <Params, Row>(
    query: Query<Params, Row>,
    params: Params,
    routing: 'READ' | 'WRITE',
  ): Promise<Row[]> => {
    const { records } = await driver.executeQuery(query.text, params, {
      routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      ...target,
    });
    return rows<Row>(records);
  };
  return {
    read: (query, params) => run(query, params, 'READ'),
    write: (query, params) => run(query, params, 'WRITE'),
    writeTransaction: async (work) => {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, ...target });
      try {
        return await session.executeWrite((tx: ManagedTransaction) =>
          work(async (query, params) => rows((await tx.run(query.text, params)).records)),
        );
      } finally {
        await session.close();
      }
    },
  };
}
