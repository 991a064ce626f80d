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

export type InProcessSystem = keyof RoundTrips;

/**
 * The three systems in this process over one driver: our real server (Apollo, our context and loaders), the
 * peer's schema, and the floor's statement. `ask` answers a shape and returns the GraphQL errors (none: `[]`); a
 * floor statement that fails throws.
 */
export async function inProcessSystems(driver: Driver): Promise<{
  ask: (system: InProcessSystem, shape: Shape) => Promise<readonly unknown[]>;
  stop: () => Promise<void>;
}> {
  const db = createDb(driver, undefined);
  const ours = createServer({ logger: createLogger('error') });
  await ours.start();
  const typeDefs = readFileSync(new URL('../servers/neo4j-graphql.graphql', import.meta.url), 'utf8');
  const theirs = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const ask = async (system: InProcessSystem, shape: Shape): Promise<readonly unknown[]> => {
    switch (system) {
      case 'ours': {
        const { body } = await ours.executeOperation(
          { query: shape.ours.query, variables: shape.ours.variables },
          { contextValue: createContext(db) },
        );
        return body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
      }
      case 'theirs': {
        const result = await graphql({
          schema: theirs,
          source: shape.theirs.query,
          variableValues: shape.theirs.variables,
          contextValue: {},
        });
        return result.errors ?? [];
      }
      case 'floor':
        await floorAnswer(db, shape.floor.shape, shape.floor.params);
        return [];
    }
  };
  return { ask, stop: () => ours.stop() };
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
  const systems = await inProcessSystems(counter.driver);
  const counted = async (system: InProcessSystem, shape: Shape) => {
    counter.reset();
    await systems.ask(system, shape);
    return counter.statements();
  };
  const result = new Map<string, RoundTrips>();
  try {
    for (const shape of shapes) {
      result.set(shape.id, {
        ours: await counted('ours', shape),
        theirs: await counted('theirs', shape),
        floor: await counted('floor', shape),
      });
    }
  } finally {
    await systems.stop();
  }
  return result;
}
