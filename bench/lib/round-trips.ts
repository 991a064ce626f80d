import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createContext } from '../../src/graphql/context.js';
import { createDb } from '../../src/db/db.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/graphql/create-server.js';
import { floorAnswer } from '../servers/floor.js';
import { countingDriver } from './counting-driver.js';
import type { Shape } from './shapes.js';

export interface RoundTrips {
  readonly ours: number;
  readonly theirs: number;
  readonly floor: number;
}

/**
 * Cypher statements per request for each system and shape, counted on the real driver in this process (the
 * load runs go over HTTP to separate processes; counting there would need hooks in the systems themselves).
 */
export async function countRoundTrips(
  driver: Driver,
  shapes: readonly Shape[],
): Promise<Map<string, RoundTrips>> {
  const counter = countingDriver(driver);
  const db = createDb(counter.driver, undefined);
  const ours = createServer({ logger: createLogger('error') });
  await ours.start();
  const typeDefs = readFileSync(new URL('../servers/neo4j-graphql.graphql', import.meta.url), 'utf8');
  const theirs = await new Neo4jGraphQL({ typeDefs, driver: counter.driver }).getSchema();
  const counted = async (run: () => Promise<unknown>) => {
    counter.reset();
    await run();
    return counter.statements();
  };
  const result = new Map<string, RoundTrips>();
  try {
    for (const shape of shapes) {
      result.set(shape.id, {
        ours: await counted(() =>
          ours.executeOperation(
            { query: shape.ours.query, variables: shape.ours.variables },
            { contextValue: createContext(db) },
          ),
        ),
        theirs: await counted(() =>
          graphql({
            schema: theirs,
            source: shape.theirs.query,
            variableValues: shape.theirs.variables,
            contextValue: {},
          }),
        ),
        floor: await counted(() => floorAnswer(db, shape.floor.shape, shape.floor.params)),
      });
    }
  } finally {
    await ours.stop();
  }
  return result;
}
