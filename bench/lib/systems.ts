import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../../src/neo4j/free-port.js';
import { projectRoot } from '../../src/paths.js';
import type { Shape } from './shapes.js';

export type SystemName = 'plan-graph' | 'plan-graph cached' | '@neo4j/graphql' | 'floor';
/** plan-graph runs twice: without its response cache (the fair comparison) and with it (what it serves). */
export const SYSTEMS: readonly SystemName[] = ['plan-graph', 'plan-graph cached', '@neo4j/graphql', 'floor'];

/** A system under test, running in its own process, and how to ask it a shape over HTTP. */
export interface RunningSystem {
  readonly name: SystemName;
  readonly pid: number;
  readonly coldStartMs: number;
  readonly request: (shape: Shape) => { url: string; body: string };
  readonly answer: (shape: Shape, body: string) => unknown;
  readonly rssBytes: () => number;
  readonly stop: () => Promise<void>;
}

export interface SystemOptions {
  readonly neo4jUri: string;
  readonly plansDir: string;
  /** Node flags before the script (bench/profile.ts: `--cpu-prof`, which NODE_OPTIONS does not take). */
  readonly nodeFlags?: readonly string[];
}

/** Starts a system with NODE_ENV=production and waits until it answers; the wait is its cold start. */
export async function startSystem(name: SystemName, options: SystemOptions): Promise<RunningSystem> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_URI: options.neo4jUri,
  };
  // Ours is the compiled server (`npm run build`), as production runs it.
  const ours = ['dist/main.js'];
  const args: Record<SystemName, string[]> = {
    'plan-graph': ours,
    'plan-graph cached': ours,
    '@neo4j/graphql': ['--import', 'tsx', 'bench/servers/neo4j-graphql-server.ts'],
    floor: ['--import', 'tsx', 'bench/servers/floor-server.ts'],
  };
  const started = Date.now();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...args[name]], {
    cwd: projectRoot,
    env: {
      ...env,
      PLAN_GRAPH_PLANS_DIR: options.plansDir,
      LOG_LEVEL: 'warn',
      RESPONSE_CACHE_MB: name === 'plan-graph cached' ? '64' : '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const isOurs = name === 'plan-graph' || name === 'plan-graph cached';
  const graphqlUrl = isOurs ? `${base}/graphql` : `${base}/`;
  const request = (shape: Shape) =>
    name === 'floor'
      ? { url: `${base}/${shape.floor.shape}`, body: JSON.stringify(shape.floor.params) }
      : { url: graphqlUrl, body: JSON.stringify(isOurs ? shape.ours : shape.theirs) };
  const answer = (shape: Shape, body: string) => {
    const json = JSON.parse(body) as { data?: unknown; errors?: unknown };
    if (json.errors !== undefined || json.data === undefined || json.data === null) {
      throw new Error(`${name} ${shape.id}: ${body.slice(0, 300)}`);
    }
    const data = json.data as never;
    if (name === 'floor') return shape.normalize.floor(data);
    return isOurs ? shape.normalize.ours(data) : shape.normalize.theirs(data);
  };
  const probe =
    name === 'floor'
      ? { url: `${base}/b4`, body: '{"after":null,"first":1}' }
      : { url: graphqlUrl, body: '{"query":"{ __typename }"}' };
  await waitUntilAnswering(child, probe, () => stderr);
  return {
    name,
    pid: child.pid ?? -1,
    coldStartMs: Date.now() - started,
    request,
    answer,
    rssBytes: () => rssOf(child.pid ?? -1),
    stop: () => stop(child),
  };
}

async function waitUntilAnswering(
  child: ChildProcess,
  probe: { url: string; body: string },
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${stderr()}`);
    try {
      const response = await fetch(probe.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: probe.body,
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer within 180 s: ${stderr()}`);
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
