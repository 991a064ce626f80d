import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Query } from './query.js';

/**
 * The app's only door to Neo4j: run a registered query, get plain rows back. Reads are routed to readers on a
 * cluster, writes to the leader. Each call is one round trip (one managed transaction, retried by the driver
 * on transient errors).
 */
export interface Db {
  read<Params, Row>(query: Query<Params, Row>, params: Params): Promise<Row[]>;
  write<Params, Row>(query: Query<Params, Row>, params: Params): Promise<Row[]>;
}

export function createDb(driver: Driver, database: string | undefined): Db {
  const run = async <Params, Row>(
    query: Query<Params, Row>,
    params: Params,
    routing: 'READ' | 'WRITE',
  ): Promise<Row[]> => {
    const { records } = await driver.executeQuery(query.text, params, {
      routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      ...(database === undefined ? {} : { database }),
    });
    return records.map((record: Neo4jRecord) => record.toObject() as Row);
  };
  return {
    read: (query, params) => run(query, params, 'READ'),
    write: (query, params) => run(query, params, 'WRITE'),
  };
}
