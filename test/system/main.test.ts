import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/free-port.js';
import { instanceRecordPath } from '../../src/neo4j/instance-record.js';
import { fromRoot } from '../../src/paths.js';
import { processesMatching, waitUntilGone } from '../helpers/processes.js';
import { cleanEnv, spawnInProject } from '../helpers/spawn-app.js';
import { testNeo4jEnv } from '../helpers/test-neo4j.js';

/** The README's `npm start`, as a new user runs it, and the ways it must fail. */
describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plan-graph-start-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves GraphQL from its own Neo4j and leaves no java process after SIGTERM', async () => {
    const port = await freePort();
    const app = spawnInProject(
      'npm',
      ['start'],
      cleanEnv({ PORT: String(port), NEO4J_EMBEDDED_DATA_DIR: dataDir }),
    );
    const [, url] = await app.waitFor(/plan-graph ready at (\S+)/, 240_000);
    expect(url).toBe(`http://localhost:${port}/graphql`);
    expect(processesMatching(dataDir).length).toBeGreaterThan(0);

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    // dist/ was built from these sources (by the suite's setup): no second build; and before ready, the README's
    // questions were asked once, so the first answers after it find their statements planned.
    expect(app.stderr()).toContain(
      'plan-graph: dist/ is current (built from these sources); no build needed',
    );
    expect(app.stderr()).toMatch(/info Warmed up: 17 example questions in \d+ ms/);
    await firstQuestions(port);
    await besideTheServer(dataDir, port);

    app.child.kill('SIGTERM');
    expect(await app.exited(10_000)).toBe(0);
    expect(await waitUntilGone(dataDir, 1_000)).toEqual([]);
    // The folder is free again: its instance record went with the JVM.
    expect(existsSync(instanceRecordPath(dataDir))).toBe(false);
    // A build, a JVM start and an import: minutes when the machine is busy with the rest of the suite.
  }, 300_000);

  /** The README's first five questions after ready, each answered in full; their times are printed. */
  async function firstQuestions(port: number): Promise<void> {
    const document = readFileSync(fromRoot('schema', 'operations', 'questions.graphql'), 'utf8');
    const names = [...document.matchAll(/^query (\w+)/gm)].map((m) => m[1] ?? '').slice(0, 5);
    expect(names).toHaveLength(5);
    const times: string[] = [];
    for (const operationName of names) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName }),
      });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown };
      times.push(`${operationName} ${Math.round(performance.now() - started)} ms`);
      expect(answer.errors, operationName).toBeUndefined();
      expect(answer.data, operationName).toBeTruthy();
    }
    process.stdout.write(`npm start: the first example questions after ready: ${times.join(', ')}\n`);
  }

  /** What a second plan-graph meets while `npm start` runs over `dataDir` and serves on `port`. */
  async function besideTheServer(dataDir: string, port: number): Promise<void> {
    const env = cleanEnv({ NEO4J_EMBEDDED_DATA_DIR: dataDir });
    // A CLI command uses the running server's Neo4j instead of booting its own on the locked store.
    const started = Date.now();
    const query = spawnInProject(
      process.execPath,
      ['src/cli/bin.js', 'query', 'test/fixtures/pearl.graphql'],
      env,
    );
    expect(await query.exited(30_000)).toBe(0);
    process.stdout.write(`plan-graph query beside npm start: ${Date.now() - started} ms\n`);
    expect(query.stderr()).toMatch(
      new RegExp(
        `^plan-graph: using the Neo4j of plan-graph serve \\(pid \\d+, since .*, GraphQL at http://localhost:${port}/graphql; Neo4j at bolt://127\\.0\\.0\\.1:\\d+\\)\n$`,
      ),
    );
    expect(JSON.parse(query.stdout())).toMatchObject({ data: { industry: { name: '美丽珍珠' } } });

    // A second server on the same folder: one line saying what runs there, before a JVM is started.
    const second = spawnInProject(
      process.execPath,
      ['dist/main.js'],
      cleanEnv({ NEO4J_EMBEDDED_DATA_DIR: dataDir, PORT: '0' }),
    );
    expect(await second.exited(15_000)).toBe(1);
    expect(second.stderr()).toMatch(
      new RegExp(
        `^plan-graph could not start: the data folder ${dataDir} is in use by plan-graph serve \\(pid \\d+.*\\)\\. Stop that one first, or share its Neo4j with NEO4J_URI=bolt://\\S+ .*\n$`,
      ),
    );

    // Its port, with a folder of its own: one line, and no Neo4j booted for that folder.
    const other = mkdtempSync(join(tmpdir(), 'plan-graph-port-'));
    try {
      const busy = spawnInProject(
        process.execPath,
        ['dist/main.js'],
        cleanEnv({ NEO4J_EMBEDDED_DATA_DIR: other, PORT: String(port) }),
      );
      expect(await busy.exited(15_000)).toBe(1);
      expect(busy.stderr()).toBe(
        `plan-graph could not start: port ${port} is in use by another program (a plan-graph already running? ` +
          `curl localhost:${port}/healthz says). Stop it, or serve on another port: PORT=${port + 1} npm start\n`,
      );
      expect(readdirSync(other)).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }

  it('stops its Neo4j, then exits 130, when Ctrl-C comes during start-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-graph-interrupt-'));
    try {
      const app = spawnInProject(
        process.execPath,
        ['dist/main.js'],
        cleanEnv({ PORT: '0', NEO4J_EMBEDDED_DATA_DIR: dir }),
      );
      const deadline = Date.now() + 60_000;
      while (processesMatching(dir).length === 0) {
        if (Date.now() > deadline) throw new Error(`no JVM started; stderr:\n${app.stderr()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      app.child.kill('SIGINT');
      expect(await app.exited(15_000)).toBe(130);
      // Gone when the app exits, not later: it waited for the JVM.
      expect(processesMatching(dir)).toEqual([]);
      expect(app.stderr()).toContain('plan-graph stopped before it was ready');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('exits non-zero within 15 s naming the URI when NEO4J_URI points at a closed port', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const app = spawnInProject(process.execPath, ['dist/main.js'], cleanEnv({ NEO4J_URI: uri, PORT: '0' }));
    expect(await app.exited(15_000)).toBe(1);
    process.stdout.write(`npm start: a closed NEO4J_URI exits after ${Date.now() - started} ms\n`);
    const lines = app
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith('plan-graph could not start'));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^plan-graph could not start: Cannot reach Neo4j at ${uri}: no answer within 5 s \\(connect ECONNREFUSED`,
        ),
      ),
    ]);
  });

  it('waits NEO4J_CONNECT_TIMEOUT_MS for a neo4j:// URI, then names it', async () => {
    const uri = `neo4j://127.0.0.1:${await freePort()}`;
    const app = spawnInProject(
      process.execPath,
      ['dist/main.js'],
      cleanEnv({ NEO4J_URI: uri, PORT: '0', NEO4J_CONNECT_TIMEOUT_MS: '2000' }),
    );
    expect(await app.exited(15_000)).toBe(1);
    expect(app.stderr()).toContain(
      `plan-graph could not start: Cannot reach Neo4j at ${uri}: no answer within 2 s`,
    );
  });

  it('does not wait on an answer that waiting cannot change: an unknown NEO4J_DATABASE', async () => {
    const env = { ...testNeo4jEnv(), NEO4J_DATABASE: 'nosuchdb' };
    const app = spawnInProject(
      process.execPath,
      ['dist/main.js'],
      cleanEnv({ ...env, PORT: '0', NEO4J_CONNECT_TIMEOUT_MS: '0' }),
    );
    expect(await app.exited(15_000)).toBe(1);
    expect(app.stderr()).toMatch(/plan-graph could not start: Cannot reach Neo4j at \S+: .*nosuchdb/);
  });

  it('names Java when it is missing', async () => {
    const env = cleanEnv({ PORT: '0', NEO4J_EMBEDDED_DATA_DIR: dataDir, PATH: '/nonexistent' });
    delete env['JAVA_HOME'];
    const app = spawnInProject(process.execPath, ['dist/main.js'], env);
    expect(await app.exited(15_000)).toBe(1);
    expect(app.stderr()).toMatch(
      /^plan-graph could not start: Java 17 or newer is required to run the embedded Neo4j/,
    );
  });
});
