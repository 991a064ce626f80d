import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { importPlans, listPlanFolders } from '../src/import/import-plans.js';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j.js';
import { ensureLauncherBuilt, launcherLayout } from '../src/neo4j/launcher-build.js';
import { fromRoot, projectRoot } from '../src/paths.js';
import { QUICK_START_JVM } from './helpers/quick-jvm.js';
import type { TestNeo4j } from './helpers/test-neo4j.js';

/**
 * The Neo4j instances and build of one `vitest run`, shared by the projects that need them (vitest.config.ts):
 * - `api` and `system` read one graph (the plans in data/plans), which none of their tests changes;
 * - `system-writes` gets a Neo4j of its own, so its imports, removals and schema changes disturb no reader;
 * - `system`, `system-writes` and `system-faults` run the built app and CLI (dist/), built once here for all.
 * Each project calls setup() in this (the main) process; what several need is started once and stopped after
 * the last of them is done.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const releases: (() => Promise<void>)[] = [];
  // Note: two Maven builds of neo4j/ at once would write the same target/: build it before any JVM starts.
  releases.push((await shared('launcher', buildLauncherOnce)).release);
  const [build, neo4j] = await Promise.all([
    project.name.startsWith('system') ? shared('build', buildOnce) : undefined,
    project.name === 'system-writes'
      ? startTestNeo4j('writes')
      : shared('neo4j', () => startTestNeo4j('shared')),
  ]);
  if (build) releases.push(build.release);
  releases.push(neo4j.release);
  project.provide('neo4j', neo4j.target);
  return async () => {
    for (const release of releases) await release();
  };
}

interface Started {
  readonly target: TestNeo4j;
  readonly release: () => Promise<void>;
}

/** One Neo4j with the plans imported: the embedded one in a fresh directory, or the server NEO4J_URI names. */
async function startTestNeo4j(label: string): Promise<Started> {
  const config = readConfig(process.env);
  let target: TestNeo4j;
  let release = async (): Promise<void> => {};
  if (config.neo4j === undefined) {
    const dataDir = mkdtempSync(join(tmpdir(), `plan-graph-test-${label}-`));
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      purpose: `test suite (${label})`,
      jvmFlags: QUICK_START_JVM,
      log: (line) => process.stderr.write(`[neo4j ${label}] ${line}\n`),
    });
    target = { uri: neo4j.uri, dataDir };
    release = async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    // Note: with NEO4J_URI every project shares that one server, so vitest.config.ts runs `system-writes` after
    // the readers instead of beside them.
    const { uri, username, password, database } = config.neo4j;
    target = { uri, username, password, ...(database === undefined ? {} : { database }) };
  }
  const { driver, db } = await connect({ ...target, timeoutMs: config.connectTimeoutMs || 30_000 });
  try {
    await importPlans(db, listPlanFolders(fromRoot('data', 'plans')));
  } finally {
    await driver.close();
  }
  return { target, release };
}

/** The Maven launcher of the embedded Neo4j (a clean clone has none yet). */
async function buildLauncherOnce(): Promise<Started> {
  if (readConfig(process.env).neo4j === undefined)
    await ensureLauncherBuilt(launcherLayout(fromRoot('neo4j')), process.env, (line) =>
      process.stderr.write(`[neo4j] ${line}\n`),
    );
  return { target: { uri: '' }, release: () => Promise.resolve() };
}

/**
 * The app's tsc build and the explorer's Vite build, as `npm start` runs them: skipped when dist/ was built from
 * these sources (right after `npm ci`, whose prepare step built it).
 */
async function buildOnce(): Promise<Started> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['src/build/build-if-stale.js'], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`the build failed (exit ${String(code)})`));
    });
  });
  return { target: { uri: '' }, release: () => Promise.resolve() };
}

/**
 * A resource several projects' setups share, started by the first and released by the last. Kept on globalThis:
 * vitest may load this module once per project.
 */
async function shared(key: string, start: () => Promise<Started>): Promise<Started> {
  const registry = ((globalThis as { __planGraphTestShared?: Map<string, Shared> }).__planGraphTestShared ??=
    new Map<string, Shared>());
  let entry = registry.get(key);
  if (entry === undefined) {
    entry = { started: start(), users: 0 };
    registry.set(key, entry);
  }
  entry.users += 1;
  const started = await entry.started;
  const owner = entry;
  return {
    target: started.target,
    release: async () => {
      owner.users -= 1;
      if (owner.users === 0) {
        registry.delete(key);
        await started.release();
      }
    },
  };
}

interface Shared {
  readonly started: Promise<Started>;
  users: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
