import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../src/db/connect.js';
import { importPlans, listPlanFolders } from '../../../src/import/import-plans.js';
import { LIMITS } from '../../../src/domain/limits.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../src/neo4j/embedded-neo4j.js';
import { freePort } from '../../../src/neo4j/free-port.js';
import { fromRoot } from '../../../src/paths.js';
import { QUICK_START_JVM } from '../../helpers/quick-jvm.js';
import { loadUntil, postOnce, type Outcome } from '../../helpers/load.js';
import { cleanEnv, spawnInProject, type Spawned } from '../../helpers/spawn-app.js';

const QUERIES = [
  '{ industry(name: "精密制造") { name platforms { name } } }',
  '{ platforms(first: 5) { edges { node { name industries { name } } } } }',
  '{ search(text: "珍珠") { entity { name } } }',
  '{ neighborhood(name: "高技能人才", depth: 2) { nodes { name } } }',
].map((query) => JSON.stringify({ query }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An answer, or one of the two failures a client may retry: 503 SERVICE_UNAVAILABLE, 504 DEADLINE_EXCEEDED. */
function typed(o: Outcome): boolean {
  return (
    (o.status === 200 && o.code === undefined) ||
    (o.status === 503 && o.code === 'SERVICE_UNAVAILABLE') ||
    (o.status === 504 && o.code === 'DEADLINE_EXCEEDED')
  );
}

/** A process's resident memory in MiB, as Linux counts it. */
function residentMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kib) / 1024);
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/**
 * The app as a process against a Neo4j this test owns: started before its database, the database killed under
 * load and brought back, then SIGTERM under load. No response cache, so every request reaches Neo4j.
 */
describe('faults', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plan-graph-faults-'));
  let neo4j: EmbeddedNeo4j | undefined;
  let app: Spawned | undefined;
  let boltPort = 0;
  let base = '';
  let frozen = false;
  /** Stops the Neo4j JVM where it stands (a hung database, not a dead one); when it stopped. */
  const freeze = () => {
    process.kill(neo4j?.pid ?? -1, 'SIGSTOP');
    frozen = true;
    return Date.now();
  };
  /** Lets it go on, and waits (at most 10 s) for `url` to answer again: when it resumed, and how long that took. */
  const resume = async (url: string) => {
    process.kill(neo4j?.pid ?? -1, 'SIGCONT');
    frozen = false;
    const resumedAt = Date.now();
    const recovered = await until(
      async () => (await postOnce(url, QUERIES[0] ?? '')).status === 200,
      10_000,
      'answers after Neo4j resumes',
    );
    return { resumedAt, recovered };
  };
  const startNeo4j = async () => {
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort, jvmFlags: QUICK_START_JVM, log: () => undefined });
    return Date.now();
  };

  afterAll(async () => {
    // A test that failed while Neo4j was frozen must not leave it so: a stopped JVM never stops.
    if (frozen) process.kill(neo4j?.pid ?? -1, 'SIGCONT');
    app?.child.kill('SIGKILL');
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts before its database: /healthz 200, /readyz 503, ready within 5 s of Neo4j coming up', async () => {
    // The plan is imported beforehand, as a restarted server finds it: readiness then waits on Neo4j only.
    boltPort = await freePort();
    await startNeo4j();
    const first = await connect({ uri: `bolt://127.0.0.1:${boltPort}`, timeoutMs: 30_000 });
    await importPlans(first.db, listPlanFolders(fromRoot('data', 'plans')));
    await first.driver.close();
    await neo4j?.stop();

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = spawnInProject(
      process.execPath,
      ['dist/main.js'],
      cleanEnv({
        NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        RESPONSE_CACHE_MB: '0',
        LOG_LEVEL: 'info',
        // The embedded Neo4j below takes longer than the default 5 s to come up.
        NEO4J_CONNECT_TIMEOUT_MS: '0',
        // What is measured is how soon the server notices its database; the README questions asked before ready
        // (10 s against a cold Neo4j) would be measured with it.
        WARM_UP: 'false',
      }),
    );
    await app.waitFor(/plan-graph listening at/, 60_000);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([
      503,
      { status: 'unavailable', reason: 'waiting for the database' },
    ]);
    const early = await postOnce(`${base}/graphql`, QUERIES[0] ?? '');
    expect([early.status, early.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);

    const up = await startNeo4j();
    await until(async () => (await fetch(`${base}/readyz`)).status === 200, 5_000, 'ready after Neo4j is up');
    process.stdout.write(`faults: ready ${Date.now() - up} ms after Neo4j was up\n`);
    expect(app.child.exitCode).toBeNull();
    // Two JVM starts and an import: minutes when the machine is busy with the rest of the suite.
  }, 240_000);

  it('answers every request within the deadline while Neo4j is killed and restarted, then recovers within 5 s', async () => {
    const url = `${base}/graphql`;
    let phase: 'before' | 'down' | 'restarting' | 'after' | 'done' = 'before';
    let restartedAt = 0;
    // Paced at 25 ms a worker: while Neo4j is down every answer is an instant 503, and an unpaced loop would spend
    // the machine's two cores on those instead of on Neo4j's restart.
    const running = loadUntil(url, QUERIES, 8, () => phase === 'done', 25);

    await sleep(2_000);
    process.kill(neo4j?.pid ?? -1, 'SIGKILL');
    const killedAt = Date.now();
    phase = 'down';
    await sleep(3_000);
    phase = 'restarting';
    restartedAt = await startNeo4j();
    phase = 'after';
    const recovered = await until(
      async () => (await postOnce(url, QUERIES[0] ?? '')).status === 200,
      5_000,
      'answers after Neo4j is back',
    );
    await sleep(2_000);
    phase = 'done';
    const outcomes = await running;

    const late = outcomes.filter((o) => o.endedAt - o.startedAt > LIMITS.deadlineMs);
    const untyped = outcomes.filter((o) => !typed(o));
    const leaks = outcomes.filter((o) => /Neo4j|Neo\.|stacktrace|\n\s+at /.test(o.body ?? ''));
    const failedDuringOutage = outcomes.filter((o) => o.status !== 200 && o.startedAt >= killedAt).length;
    const afterRecovery = outcomes.filter((o) => o.startedAt > restartedAt + recovered + 500);
    process.stdout.write(
      `faults: ${outcomes.length} requests, ${failedDuringOutage} typed failures during the outage, ` +
        `slowest ${Math.max(...outcomes.map((o) => o.endedAt - o.startedAt))} ms, ` +
        `answering again ${recovered} ms after Neo4j was back\n`,
    );
    expect(late).toEqual([]);
    expect(untyped.map((o) => `${o.status ?? o.socketError} ${o.body?.slice(0, 200)}`)).toEqual([]);
    expect(leaks).toEqual([]);
    expect(failedDuringOutage).toBeGreaterThan(0);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.every((o) => o.status === 200)).toBe(true);
    expect(app?.child.exitCode).toBeNull();
  });

  it('answers every request within the deadline + 1 s while Neo4j hangs (SIGSTOP) past it, and recovers within 10 s of SIGCONT', async () => {
    const url = `${base}/graphql`;
    // Warm, so that what is measured before the freeze is the steady state.
    for (const body of QUERIES) expect((await postOnce(url, body)).status).toBe(200);
    let stop = false;
    const running = loadUntil(url, QUERIES, 8, () => stop, 25);
    await sleep(2_000);
    // Memory is compared under the same load, before the freeze and after the recovery.
    const rssBefore = residentMiB(app?.child.pid ?? -1);
    const frozenAt = freeze();
    // Longer than a request's deadline: requests sent at the start of the freeze meet their deadline inside it.
    await sleep(LIMITS.deadlineMs + 2_000);
    const { resumedAt, recovered } = await resume(url);
    await sleep(3_000);
    const rssAfter = residentMiB(app?.child.pid ?? -1);
    stop = true;
    const outcomes = await running;

    const late = outcomes.filter((o) => o.endedAt - o.startedAt > LIMITS.deadlineMs + 1_000);
    const untyped = outcomes.filter((o) => !typed(o));
    // What the frozen database gives: 504 at a request's deadline, or 503 once the driver gives up on it (a new
    // connection's handshake unanswered for 3 s).
    const failed = outcomes.filter(
      // In flight when it froze or sent while it was frozen: the requests in flight are often all there are.
      (o) => o.endedAt > frozenAt && o.startedAt < resumedAt && o.status !== 200,
    );
    const byCode = new Map<string, number>();
    for (const o of failed)
      byCode.set(`${o.status} ${o.code}`, (byCode.get(`${o.status} ${o.code}`) ?? 0) + 1);
    const afterRecovery = outcomes.filter((o) => o.startedAt > resumedAt + recovered + 500);
    process.stdout.write(
      `faults: Neo4j frozen ${resumedAt - frozenAt} ms: ${outcomes.length} requests, failed while frozen: ` +
        `${[...byCode].map(([code, n]) => `${n} × ${code}`).join(', ')}; ` +
        `slowest ${Math.max(...outcomes.map((o) => o.endedAt - o.startedAt))} ms, answering ` +
        `again ${recovered} ms after SIGCONT; app RSS ${rssBefore} → ${rssAfter} MiB\n`,
    );
    expect(late.map((o) => `${o.status ?? o.socketError} after ${o.endedAt - o.startedAt} ms`)).toEqual([]);
    expect(untyped.map((o) => `${o.status ?? o.socketError} ${o.body?.slice(0, 200)}`)).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.every((o) => o.status === 200)).toBe(true);
    // The requests abandoned at their deadlines hold no memory once Neo4j has answered them. Note: two readings of
    // RSS under the same load differ by 0–25 MiB whether or not anything leaks (V8 grows its heap before it
    // collects); the bound is above that and far below what a leak per request would cost over 1000 requests.
    expect(rssAfter).toBeLessThan(rssBefore + 64);
    expect(app?.child.exitCode).toBeNull();
  }, 60_000);

  it('refuses what a full pool cannot take (2 connections, reads held by a frozen Neo4j): typed 503s, /readyz says so, recovers', async () => {
    // A second server with a pool of 2 that waits 1 s for a connection, against the same Neo4j.
    const port = await freePort();
    const small = spawnInProject(
      process.execPath,
      ['dist/main.js'],
      cleanEnv({
        NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        RESPONSE_CACHE_MB: '0',
        WARM_UP: 'false',
        NEO4J_MAX_POOL_SIZE: '2',
        NEO4J_ACQUISITION_TIMEOUT_MS: '1000',
      }),
    );
    try {
      await small.waitFor(/plan-graph listening at/, 30_000);
      const smallBase = `http://127.0.0.1:${port}`;
      const url = `${smallBase}/graphql`;
      await until(
        async () => (await fetch(`${smallBase}/readyz`)).status === 200,
        10_000,
        'small pool ready',
      );
      let stop = false;
      const running = loadUntil(url, QUERIES, 8, () => stop, 25);
      await sleep(1_000);
      // Slow reads: the two connections wait on a frozen Neo4j; every other read waits for one of them.
      const frozenAt = freeze();
      const busy = await until(
        async () => {
          const ready = await fetch(`${smallBase}/readyz`);
          return (
            ready.status === 503 &&
            ((await ready.json()) as { reason?: string }).reason === 'every database connection is busy'
          );
        },
        5_000,
        '/readyz reporting the full pool',
      );
      await sleep(3_000);
      const { resumedAt, recovered } = await resume(url);
      const readyAgain = await until(
        async () => (await fetch(`${smallBase}/readyz`)).status === 200,
        10_000,
        '/readyz after the pool frees',
      );
      stop = true;
      const outcomes = await running;

      const full = outcomes.filter(
        (o) =>
          o.status === 503 && o.code === 'SERVICE_UNAVAILABLE' && /connection is busy/.test(o.body ?? ''),
      );
      const untyped = outcomes.filter((o) => !typed(o));
      const late = outcomes.filter((o) => o.endedAt - o.startedAt > LIMITS.deadlineMs + 1_000);
      process.stdout.write(
        `faults: pool of 2, Neo4j frozen ${resumedAt - frozenAt} ms: ${outcomes.length} requests, ${full.length} ` +
          `refused 503 (pool full), /readyz 503 ${busy} ms into the freeze, answering again ${recovered} ms and ` +
          `ready ${recovered + readyAgain} ms after SIGCONT\n`,
      );
      expect(full.length).toBeGreaterThan(0);
      expect(full.every((o) => o.endedAt - o.startedAt < 3_000)).toBe(true);
      expect(untyped.map((o) => `${o.status ?? o.socketError} ${o.body?.slice(0, 200)}`)).toEqual([]);
      expect(late).toEqual([]);
      expect(small.child.exitCode).toBeNull();
    } finally {
      small.child.kill('SIGKILL');
    }
  }, 60_000);

  it('finishes in-flight requests on SIGTERM under load and exits 0 within 10 s', async () => {
    const url = `${base}/graphql`;
    // Warm: a Neo4j just restarted plans each statement on first use, which takes seconds, not milliseconds.
    for (let i = 0; i < 3; i += 1)
      for (const body of QUERIES) expect((await postOnce(url, body)).status).toBe(200);
    let stop = false;
    const running = loadUntil(url, QUERIES, 8, () => stop);
    await sleep(1_500);
    const signalledAt = Date.now();
    app?.child.kill('SIGTERM');
    const code = await app?.exited(10_000);
    const exitedAt = Date.now();
    stop = true;
    const outcomes: Outcome[] = await running;

    const inFlight = outcomes.filter((o) => o.startedAt < signalledAt && o.endedAt >= signalledAt);
    // Sent before the signal and not answered: what a graceful stop must never do. (A request sent after it
    // may be refused or reset: the server is going away, and a client retries elsewhere.)
    const dropped = outcomes.filter((o) => o.startedAt < signalledAt && o.status === undefined);
    process.stdout.write(
      `faults: SIGTERM with ${inFlight.length} requests in flight, exit after ${exitedAt - signalledAt} ms\n` +
        `${
          app
            ?.stderr()
            .split('\n')
            .filter((line) => /stopped|SIGTERM/.test(line))
            .join('\n') ?? ''
        }\n`,
    );
    expect(code).toBe(0);
    expect(exitedAt - signalledAt).toBeLessThan(10_000);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(
      inFlight
        .filter((o) => o.status !== 200)
        .map((o) => `${o.status ?? o.socketError} ${o.startedAt - signalledAt} ${o.endedAt - signalledAt}`),
    ).toEqual([]);
    expect(dropped.map((o) => `${o.socketError} ${o.startedAt - signalledAt}`)).toEqual([]);
  });
});
