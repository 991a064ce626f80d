import { cypher } from '../../src/db/cypher-file.js';

/**
 * The benchmark's own Cypher (cypher/bench/): the floor's hand-written statements, the parameter picks and the
 * peer's indexes.
 */
export const benchQueries = {
  floorB1: cypher<{ name: string }, { name: string; platforms: string[] }>('bench/floor-b1'),
  floorB1Parts: cypher<{ name: string }, { name: string; platforms: string[] }>('bench/floor-b1-parts'),
  floorB2: cypher<{ first: number }, { name: string; platforms: { name: string; programs: string[] }[] }>(
    'bench/floor-b2',
  ),
  floorB2Parts: cypher<
    { first: number },
    { name: string; platforms: { name: string; programs: string[] }[] }
  >('bench/floor-b2-parts'),
  floorB3: cypher<{ first: number }, { name: string; platforms: number; programs: number }>('bench/floor-b3'),
  floorB4: cypher<{ after: string | null; first: number }, { name: string }>('bench/floor-b4'),
  floorB5: cypher<{ text: string }, { name: string }>('bench/floor-b5'),
  floorB5Ranked: cypher<{ phrase: string }, { name: string }>('bench/floor-b5-ranked'),
  floorB6Path: cypher<{ from: string; to: string }, { names: string[] }>('bench/floor-b6-path'),
  floorB6Neighborhood: cypher<{ name: string; limit: number }, { names: string[] }>(
    'bench/floor-b6-neighborhood',
  ),
  parameters: cypher<
    Record<string, never>,
    { middling: string; hub: string; servingProgram: string; quietProgram: string; platforms: number }
  >('bench/bench-parameters'),
  platformIdAt: cypher<{ position: number }, { id: string }>('bench/bench-platform-id-at'),
  peerIndexIndustryName: cypher<Record<string, never>, never>('bench/peer-index-industry-name'),
  peerIndexPlatformName: cypher<Record<string, never>, never>('bench/peer-index-platform-name'),
  peerIndexPlatformNameFulltext: cypher<Record<string, never>, never>(
    'bench/peer-index-platform-name-fulltext',
  ),
  indexesAwait: cypher<Record<string, never>, never>('bench/indexes-await'),
  /** bench/plans.ts: `PROFILE`, put before a recorded statement (its text is data, never a literal in TypeScript). */
  profile: cypher<Record<string, unknown>, Record<string, unknown>>('bench/profile'),
  graphSize: cypher<Record<string, never>, { entities: number; relationships: number }>(
    'bench/bench-graph-size',
  ),
  /** Neo4j's record of each statement's runs (db.stats), for bench/replans.ts. */
  queryStatsCollect: cypher<{ seconds: number }, { success: boolean }>('bench/query-stats-collect'),
  queryStatsRuns: cypher<{ marker: string }, { query: string; compileMicros: number }>(
    'bench/query-stats-runs',
  ),
  queryStatsStop: cypher<Record<string, never>, { success: boolean }>('bench/query-stats-stop'),
};
