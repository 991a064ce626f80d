import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../../src/db/connect.js';
import type { Db } from '../../src/db/db.js';
import { encodeCursor } from '../../src/read/pages.js';
import { importPlans, listPlanFolders } from '../../src/import/import-plans.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/embedded-neo4j.js';
import { fromRoot } from '../../src/paths.js';
import { benchQueries } from './bench-queries.js';
import { load, type LoadResult } from './load.js';
import { answersAgree } from './answers.js';
import { countRoundTrips, type RoundTrips } from './round-trips.js';
import { buildShapes, PAGE_SIZE, type BenchParameters, type Shape } from './shapes.js';
import { startSystem, SYSTEMS, type RunningSystem, type SystemName } from './systems.js';
import { median } from './stats.js';
import { writeSyntheticPlan } from './synthetic-plan.js';

export interface BenchOptions {
  /** 1 is the real plan; others are synthetic plans ×scale. */
  readonly scales: readonly number[];
  readonly seconds: number;
  /**
   * A fixed number of requests per connection instead of `seconds` (the smoke test): autocannon measures in
   * whole seconds, so a run of 0.1 s would still load each system for a full second.
   */
  readonly requestsPerRun?: number;
  readonly warmupSeconds: number;
  readonly connections: readonly number[];
  /** Only these shapes, by group (`B5`) or id (`B4.p1`); every shape when absent. */
  readonly shapes?: readonly string[];
  /**
   * Runs per system, shape and concurrency (default 1): each figure is their median, with the range. The systems
   * take turns in a rotating order, so drift and one system's after-effects fall on each in turn.
   */
  readonly repeat?: number;
  /**
   * Runs of the cached server (default: `repeat`). Its figure shows the response cache, a feature rather than a
   * speed result, so `--quick` measures it once to stay within its 15 minutes.
   */
  readonly cachedRepeat?: number;
  /** Use this Neo4j (already holding the real plan) instead of starting one per scale: the smoke test. */
  readonly neo4jUri?: string;
  readonly log: (line: string) => void;
}

export interface ShapeResult {
  readonly shape: string;
  readonly group: string;
  /** Which like-for-like row of its group, where a group has two (B5). */
  readonly row?: 'unranked' | 'ranked';
  /** Measured on its own (our default with parts): in the tables, never in the summary's groups. */
  readonly aside?: true;
  readonly title: string;
  readonly roundTrips: RoundTrips;
  /** Whether every system gave the same normalised answer. */
  readonly answersAgree: boolean;
  readonly answers: Record<SystemName, unknown>;
  readonly load: Record<string, Record<SystemName, LoadResult>>;
}

export interface ScaleResult {
  readonly scale: number;
  readonly entities: number;
  readonly relationships: number;
  readonly importMs: number;
  readonly coldStartMs: Record<SystemName, number>;
  readonly rssBytes: Record<SystemName, number>;
  readonly shapes: readonly ShapeResult[];
}

const SEARCH_REAL = [
  { label: '1 char', text: '港' },
  { label: '2 chars', text: '飞地' },
  { label: '4 chars', text: '服务平台' },
];
const SEARCH_SYNTHETIC = [
  { label: '1 char', text: '港' },
  { label: '2 chars', text: '孵化' },
  { label: '4 chars', text: '智能孵化' },
];

export async function runBench(options: BenchOptions): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const scale of options.scales) results.push(await runScale(scale, options));
  return results;
}

async function runScale(scale: number, options: BenchOptions): Promise<ScaleResult> {
  const { log } = options;
  const plansDir = scale === 1 ? fromRoot('data', 'plans') : syntheticPlansDir(scale, log);
  let neo4j: EmbeddedNeo4j | undefined;
  if (options.neo4jUri === undefined) {
    neo4j = await startBenchNeo4j(scale, log);
  }
  const uri = options.neo4jUri ?? neo4j?.uri ?? '';
  const { driver, db } = await connect({ uri, timeoutMs: 30_000 });
  const systems: RunningSystem[] = [];
  try {
    const importStarted = Date.now();
    const [imported] = await importPlans(db, listPlanFolders(plansDir));
    const importMs = Date.now() - importStarted;
    log(`×${scale}: plan ${imported?.status ?? '?'} in ${(importMs / 1000).toFixed(1)} s`);

    // The peer's queries get the indexes they need, as a user of @neo4j/graphql would create them.
    await db.write(benchQueries.peerIndexIndustryName, {});
    await db.write(benchQueries.peerIndexPlatformName, {});
    await db.write(benchQueries.peerIndexPlatformNameFulltext, {});
    await db.write(benchQueries.indexesAwait, {});
    const only = options.shapes;
    const shapes = buildShapes(await parameters(db, scale)).filter(
      (s) => only === undefined || only.includes(s.group) || only.includes(s.id),
    );
    if (shapes.length === 0) throw new Error(`no shape is ${only?.join(', ')}`);
    const roundTrips = await countRoundTrips(driver, shapes);
    for (const name of SYSTEMS) systems.push(await startSystem(name, { neo4jUri: uri, plansDir }));
    log(`×${scale}: cold start ${systems.map((s) => `${s.name} ${s.coldStartMs} ms`).join(', ')}`);

    const shapeResults: ShapeResult[] = [];
    for (const shape of shapes) {
      const answers = {} as Record<SystemName, unknown>;
      for (const system of systems) {
        // A system that cannot answer (the peer runs out of transaction memory on deep pages) is recorded, not fatal.
        answers[system.name] = await ask(system, shape).catch((error: unknown) => ({
          error: error instanceof Error ? error.message.slice(0, 300) : String(error),
        }));
      }
      // A system that could not answer is reported as such, not as a disagreement.
      const agree = answersAgree(answers);
      const loadResults: Record<string, Record<SystemName, LoadResult>> = {};
      const repeat = options.repeat ?? 1;
      for (const connections of options.connections) {
        const runs = new Map<SystemName, LoadResult[]>(systems.map((s) => [s.name, []]));
        for (let r = 0; r < repeat; r++) {
          // A different system first in each run and for each shape.
          const turn = (shapeResults.length + r) % systems.length;
          for (const system of [...systems.slice(turn), ...systems.slice(0, turn)]) {
            if (system.name === 'plan-graph cached' && r >= (options.cachedRepeat ?? repeat)) continue;
            const target = system.request(shape);
            const ok = (body: string) => {
              try {
                system.answer(shape, body);
                return true;
              } catch {
                return false;
              }
            };
            // The first shape also warms each process up (JIT, Neo4j's query cache): five times as long.
            const warmup = options.warmupSeconds * (shapeResults.length === 0 ? 5 : 1);
            if (warmup > 0 && r === 0) await load(target, connections, { seconds: warmup }, ok);
            runs
              .get(system.name)
              ?.push(
                await load(
                  target,
                  connections,
                  options.requestsPerRun === undefined
                    ? { seconds: options.seconds }
                    : { requests: options.requestsPerRun },
                  ok,
                ),
              );
            // Quiet between systems: the last one's abandoned requests and retries must not land in the next run
            // (not for the smoke test's counted requests, which measure nothing).
            if (options.requestsPerRun === undefined)
              await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
          }
        }
        loadResults[`c${connections}`] = Object.fromEntries(
          systems.map((s) => [s.name, medianRun(runs.get(s.name) ?? [])]),
        ) as Record<SystemName, LoadResult>;
      }
      const c = loadResults[`c${options.connections[options.connections.length - 1] ?? 1}`];
      log(
        `×${scale} ${shape.id.padEnd(16)} ${agree ? 'same answers' : 'ANSWERS DIFFER'}; req/s ${SYSTEMS.map((n) => `${n} ${c?.[n].requestsPerSecond ?? '?'}`).join(', ')}`,
      );
      shapeResults.push({
        shape: shape.id,
        group: shape.group,
        ...(shape.row === undefined ? {} : { row: shape.row }),
        ...(shape.aside === undefined ? {} : { aside: shape.aside }),
        title: shape.title,
        roundTrips: roundTrips.get(shape.id) ?? { ours: -1, theirs: -1, floor: -1 },
        answersAgree: agree,
        answers,
        load: loadResults,
      });
    }
    const counts = await db.read(benchQueries.graphSize, {});
    return {
      scale,
      entities: counts[0]?.entities ?? 0,
      relationships: counts[0]?.relationships ?? 0,
      importMs,
      coldStartMs: Object.fromEntries(systems.map((s) => [s.name, s.coldStartMs])) as Record<
        SystemName,
        number
      >,
      rssBytes: Object.fromEntries(systems.map((s) => [s.name, s.rssBytes()])) as Record<SystemName, number>,
      shapes: shapeResults,
    };
  } finally {
    for (const system of systems) await system.stop();
    await driver.close();
    await neo4j?.stop();
  }
}

// Pause after each system's run (load() has already awaited every request it sent).
const QUIET_MS = 250;

/** The runs of one system on one shape as one figure: medians, totals, and the range of requests/s. */
function medianRun(runs: readonly LoadResult[]): LoadResult {
  const rps = runs.map((run) => run.requestsPerSecond);
  return {
    requestsPerSecond: median(rps),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    runs: rps,
  };
}

async function ask(system: RunningSystem, shape: Shape): Promise<unknown> {
  const { url, body } = system.request(shape);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return system.answer(shape, await response.text());
}

export function syntheticPlansDir(scale: number, log: (line: string) => void): string {
  const dir = fromRoot('bench', '.data', `plans-x${scale}`);
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const plan = writeSyntheticPlan(dir, scale);
  log(
    `×${scale}: synthetic plan written in ${((Date.now() - started) / 1000).toFixed(1)} s (${plan.relations} relationships)`,
  );
  return dir;
}

/** The Neo4j holding the store of this scale (bench/.data, kept between runs; the import skips an unchanged plan). */
export function startBenchNeo4j(scale: number, log: (line: string) => void): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({
    dataDir: fromRoot('bench', '.data', `neo4j-x${scale}`),
    ...benchStoreMemory(scale),
    log,
  });
}

/** The bench store's heap and page cache at a scale (bench/replace.ts gives an empty store the same). */
export const benchStoreMemory = (scale: number) => ({
  heap: scale >= 1000 ? '4g' : '2g',
  pageCache: '1g',
});

/** The names, texts and cursors the shapes ask for at this scale, read from the loaded plan. */
export async function parameters(db: Db, scale: number): Promise<BenchParameters> {
  const [row] = await db.read(benchQueries.parameters, {});
  if (row === undefined) throw new Error('no parameters: is the plan loaded?');
  const pages = [];
  for (const page of [1, 50, 500]) {
    const position = (page - 1) * PAGE_SIZE - 1;
    if (position + PAGE_SIZE >= row.platforms) continue;
    const id =
      position < 0 ? null : ((await db.read(benchQueries.platformIdAt, { position }))[0]?.id ?? null);
    pages.push({
      page,
      ours: id === null ? null : encodeCursor('platforms', id),
      theirs: position + 1,
      floor: id,
    });
  }
  return { ...row, search: scale === 1 ? SEARCH_REAL : SEARCH_SYNTHETIC, pages };
}

export const RESULTS_DIR = join('bench', 'results');
