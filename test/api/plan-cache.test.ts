import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/connect.js';
import { cypherText } from '../../src/db/cypher-file.js';
import { queries } from '../../src/db/queries.js';
import { benchQueries } from '../../bench/lib/bench-queries.js';
import { connectToTestNeo4j } from '../helpers/test-neo4j.js';

let connection: Connection;
beforeAll(async () => {
  connection = await connectToTestNeo4j();
});
afterAll(async () => {
  await connection.driver.close();
});

// A search's parameters for 珍珠, as search.ts sends them, then with arguments given (industries of one plan) and
// left out (no full-text bands): three mixes of types, three plans by name.
const ALL = {
  text: '珍珠',
  stem: '珍珠',
  shortStem: null,
  limit: 10,
  bandLimit: 30,
  fulltext: '珍珠',
  candidates: 200,
  parts: [['珍', '珠']],
  maxEdits: 0,
  variant: null,
  kinds: null,
  planId: null,
};
const MIXES = [
  ALL,
  { ...ALL, kinds: ['INDUSTRY'], planId: 'zhuji-2021' },
  { ...ALL, fulltext: null, parts: null },
];

describe('the plans Neo4j caches for a read statement', () => {
  it('are one for every mix of given and left-out arguments, where by-name parameters need several', async () => {
    // Planning the search takes 0.15–1 s alone (less once the JVM is warm); beside the other files, much longer.
    const db = connection.db.until(Date.now() + 150_000);
    const marker = `plan-cache-test ${randomUUID()}`;
    // The statement as the app sends it, and the control: the same text taking every parameter by name.
    const sent = { ...queries.search, text: `${queries.search.text}\n// ${marker} in $args` };
    const byName = { name: queries.search.name, text: `${cypherText('read/search')}\n// ${marker} by name` };
    expect(sent.text).toContain('$args.planId');
    expect(byName.text).not.toContain('$args');
    await db.write(benchQueries.queryStatsCollect, { seconds: 180 });
    try {
      const found: string[][] = [];
      for (const mix of MIXES) {
        const [row] = await db.read(sent, mix);
        const [control] = await db.read(byName, mix);
        expect(row, JSON.stringify(mix)).toEqual(control);
        found.push(row?.literal.map((entity) => entity.name) ?? []);
      }
      // Real answers, which the arguments change: every kind, then one plan's industries only.
      expect(found[0]).toContain('美丽珍珠');
      expect(found[0]?.length).toBeGreaterThan(found[1]?.length ?? 0);

      // Neo4j's own record of each run: planning takes hundreds of milliseconds, a cached plan a few. Every
      // mix by name is a new plan; through $args only the first is. Note: compared within this run, with a
      // tenfold margin on a gap of a hundredfold, not against a fixed time.
      const runs = await db.read(benchQueries.queryStatsRuns, { marker });
      const micros = (suffix: string) =>
        runs.filter((run) => run.query.endsWith(suffix)).map((run) => run.compileMicros);
      const planned = Math.min(...micros('by name'));
      expect(micros('by name')).toHaveLength(MIXES.length);
      expect(micros('in $args')).toHaveLength(MIXES.length);
      expect(micros('in $args').filter((us) => us > planned / 10)).toHaveLength(1);
    } finally {
      await db.write(benchQueries.queryStatsStop, {});
    }
  }, 180_000);
});
