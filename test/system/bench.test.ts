import { describe, expect, it } from 'vitest';
import { asideLines, markdown, summaryLine } from '../../bench/lib/report.js';
import { runBench } from '../../bench/lib/run-bench.js';
import { SYSTEMS } from '../../bench/lib/systems.js';
import { testNeo4j } from '../helpers/test-neo4j.js';

/**
 * A tiny run of the benchmark harness on the real plan, so it cannot rot: every system starts, answers every
 * shape the same, and the report renders. Timings are printed by `npm run bench`, never asserted here.
 */
describe('the benchmark harness', () => {
  it('runs every shape on every system and agrees on the answers', async () => {
    const lines: string[] = [];
    const [result] = await runBench({
      scales: [1],
      // Twenty requests per system and shape, every body checked; the figures come from `npm run bench`.
      seconds: 0,
      requestsPerRun: 20,
      warmupSeconds: 0,
      connections: [1],
      // Two runs each, in turns, so the medians and ranges are exercised too.
      repeat: 2,
      // Ours runs the build the `system` project made once (test/global-setup.ts), as production runs it.
      neo4jUri: testNeo4j().uri,
      log: (line) => lines.push(line),
    });
    if (result === undefined) throw new Error('no result');
    expect(result.shapes.map((s) => s.shape)).toEqual([
      'B1',
      'B1.parts',
      'B2',
      'B2.parts',
      'B3',
      'B4.p1',
      'B5.unranked 1 char',
      'B5.ranked 1 char',
      'B5.unranked 2 chars',
      'B5.ranked 2 chars',
      'B5.unranked 4 chars',
      'B5.ranked 4 chars',
      'B6.path',
      'B6.neighborhood',
    ]);
    for (const shape of result.shapes) {
      expect({ shape: shape.shape, agree: shape.answersAgree }).toEqual({ shape: shape.shape, agree: true });
      for (const system of SYSTEMS) {
        const load = shape.load['c1']?.[system];
        expect(load?.requests).toBeGreaterThan(0);
        expect(load?.runs).toHaveLength(2);
        expect({ shape: shape.shape, system, failures: load?.failures }).toEqual({
          shape: shape.shape,
          system,
          failures: 0,
        });
      }
      expect(shape.roundTrips.floor).toBe(1);
    }
    // B2: the page, its platforms and their programs in one compiled statement.
    expect(result.shapes.find((s) => s.shape === 'B2')?.roundTrips.ours).toBe(1);
    // Our default, with parts: compiled as one statement too, and on a line of its own, not in the summary.
    expect(result.shapes.find((s) => s.shape === 'B2.parts')?.roundTrips.ours).toBe(1);
    expect(asideLines(result, 1)).toEqual([
      expect.stringMatching(
        /^parts: B1\.parts=\d+\.\d\d B2\.parts=\d+\.\d\d \(plan-graph \/ @neo4j\/graphql, requests\/s; plan-graph \/ floor B1\.parts=\d+\.\d\d B2\.parts=\d+\.\d\d; not in the summary\)$/,
      ),
    ]);
    expect(summaryLine(result, 1)).toMatch(
      /^summary: B1=\d+\.\d\d B2=\d+\.\d\d B3=\d+\.\d\d B4=\d+\.\d\d B5=\d+\.\d\d B6=\d+\.\d\d \(plan-graph \/ @neo4j\/graphql, requests\/s; the lower of B5 unranked \d+\.\d\d, ranked \d+\.\d\d\)$/,
    );
    expect(summaryLine(result, 1, 'plan-graph', 'floor')).toMatch(
      /^floor: B1=\d+\.\d\d B2=\d+\.\d\d B3=\d+\.\d\d B4=\d+\.\d\d B5=\d+\.\d\d B6=\d+\.\d\d \(plan-graph \/ floor, requests\/s; the lower of B5 unranked \d+\.\d\d, ranked \d+\.\d\d\)$/,
    );
    expect(markdown([result], [1], 'smoke')).toContain('### ×1 (the real plan): 264 entities');
    // Four systems start and are loaded in turn: about a minute alone, more beside the rest of the suite.
  }, 180_000);
});
