// npx tsx bench/profile.ts [--shape B1] [--seconds 10] [--connections 16] [--top 25]
//
// Where plan-graph's own process spends its time on one bench shape: the compiled server (`npm run build`)
// runs under `node --cpu-prof` against the ×100 bench store (bench/.data, as `npm run bench -- --quick` leaves
// it; imported here when absent), loaded with autocannon for `--seconds`; then prints the functions with the
// most self time, by share of all samples, and writes the .cpuprofile (open it in Chrome DevTools).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../src/db/connect.js';
import { importPlans, listPlanFolders } from '../src/import/import-plans.js';
import { fromRoot } from '../src/paths.js';
import { load } from './lib/load.js';
import { parameters, startBenchNeo4j, syntheticPlansDir } from './lib/run-bench.js';
import { buildShapes } from './lib/shapes.js';
import { startSystem } from './lib/systems.js';

const { values } = parseArgs({
  options: {
    shape: { type: 'string', default: 'B1' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    top: { type: 'string', default: '25' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const SCALE = 100;

const plansDir = syntheticPlansDir(SCALE, log);
const neo4j = await startBenchNeo4j(SCALE, log);
const profileDir = mkdtempSync(join(tmpdir(), 'plan-graph-profile-'));
try {
  const { driver, db } = await connect({ uri: neo4j.uri, timeoutMs: 30_000 });
  await importPlans(db, listPlanFolders(plansDir));
  const shape = buildShapes(await parameters(db, SCALE)).find((s) => s.id === values.shape);
  await driver.close();
  if (shape === undefined) throw new Error(`no shape ${values.shape}`);
  const system = await startSystem('plan-graph', {
    neo4jUri: neo4j.uri,
    plansDir,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
  });
  const target = system.request(shape);
  const ok = (body: string) => !body.includes('"errors"');
  await load(target, Number(values.connections), { seconds: 2 }, ok);
  const result = await load(target, Number(values.connections), { seconds: Number(values.seconds) }, ok);
  const stopping = Date.now();
  await system.stop();
  const stopMs = Date.now() - stopping;
  log(`${shape.id}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, ${result.failures} failures`);
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error('no profile written');
  // Only the measured run: start-up, warm-up and shutdown are left out.
  const window = { fromEndMs: stopMs + Number(values.seconds) * 1000, toEndMs: stopMs };
  printTop(join(profileDir, file), Number(values.top), window);
} finally {
  await neo4j.stop();
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * Self time by function (name, file, line), as a share of the samples taken in the window (ms before the
 * profile's end); the whole-package totals after.
 */
function printTop(path: string, top: number, window: { fromEndMs: number; toEndMs: number }): void {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    endTime: number;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  // Sample times are microseconds, as deltas; the window counts back from the last one.
  const times: number[] = [];
  let t = 0;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const last = times[times.length - 1] ?? 0;
  const kept = profile.samples.filter((_, i) => {
    const before = (last - (times[i] ?? 0)) / 1000;
    return before <= window.fromEndMs && before >= window.toEndMs;
  });
  for (const id of kept) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    const where = frame.url.replace(/^file:\/\//, '').replace(`${fromRoot()}/`, '');
    const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
      (where === ''
        ? frame.functionName
        : where.startsWith('dist/')
          ? 'plan-graph (dist)'
          : where.startsWith('node:')
            ? 'node'
            : where);
    packages.set(pkg, (packages.get(pkg) ?? 0) + 1);
  }
  const total = kept.length;
  const share = (n: number) => `${((100 * n) / total).toFixed(1)}%`.padStart(6);
  process.stdout.write(`profile: ${path} (${total} samples)\n\nself time, top ${top}:\n`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${share(n)}  ${key}\n`);
  process.stdout.write(`\nby package:\n`);
  for (const [key, n] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15))
    process.stdout.write(`${share(n)}  ${key}\n`);
}
