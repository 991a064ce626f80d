import type { Db } from '../../src/db/db.js';
import { benchQueries } from '../lib/bench-queries.js';

/**
 * The floor: the best hand-written Cypher for each shape, one statement per request, through neo4j-driver and
 * no GraphQL. Returns plain rows; the harness normalises them like the GraphQL answers.
 */
export async function floorAnswer(db: Db, shape: string, params: Record<string, unknown>): Promise<unknown> {
  const str = (key: string) => String(params[key]);
  const num = (key: string) => Number(params[key]);
  switch (shape) {
    case 'b1':
      return db.read(benchQueries.floorB1, { name: str('name') });
    case 'b1-parts':
      return db.read(benchQueries.floorB1Parts, { name: str('name') });
    case 'b2':
      return db.read(benchQueries.floorB2, { first: num('first') });
    case 'b2-parts':
      return db.read(benchQueries.floorB2Parts, { first: num('first') });
    case 'b3':
      return db.read(benchQueries.floorB3, { first: num('first') });
    case 'b4':
      return db.read(benchQueries.floorB4, {
        after: (params['after'] as string | null) ?? null,
        first: num('first'),
      });
    case 'b5':
      return db.read(benchQueries.floorB5, { text: str('text') });
    case 'b5-ranked':
      return db.read(benchQueries.floorB5Ranked, { phrase: str('phrase') });
    case 'b6-path':
      return db.read(benchQueries.floorB6Path, { from: str('from'), to: str('to') });
    case 'b6-neighborhood':
      return db.read(benchQueries.floorB6Neighborhood, { name: str('name'), limit: num('limit') });
    default:
      throw new Error(`no floor shape ${shape}`);
  }
}
