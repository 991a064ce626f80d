// npm run bench [-- --quick] [--scales 1,10,100] [--seconds 10] [--warmup 3] [--connections 1,16] [--repeat 5]
//   [--shapes B5,B4.p1]
// --quick: ×100 only, 2 s runs at 16 connections (the summary's), still 5 runs a figure (the cached server's,
// a feature figure and not a speed result, once), within 15 minutes on 2 cores.
// --shapes: only these groups or shape ids (the summary then covers only their groups).
// npm run bench -- --from bench/results/<file>.json   (re-render bench/README.md from a saved run)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { fromRoot } from '../src/paths.js';
import { asideLines, markdown, summaryLine } from './lib/report.js';
import { runBench, type ScaleResult } from './lib/run-bench.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    scales: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    repeat: { type: 'string' },
    shapes: { type: 'string' },
    from: { type: 'string' },
  },
});
const list = (text: string | undefined, fallback: number[]) =>
  text === undefined ? fallback : text.split(',').map(Number);
const log = (line: string) => process.stderr.write(`${line}\n`);

interface SavedRun {
  started: string;
  options: {
    scales: number[];
    seconds: number;
    warmupSeconds: number;
    connections: number[];
    quick?: boolean;
    shapes?: string[];
  };
  results: ScaleResult[];
}

const run = values.from === undefined ? await measure() : load(values.from);
const only = run.options.shapes;
const name = `${run.started.replace(/[:.]/g, '-')}-x${run.options.scales.join('-x')}${run.options.quick === true ? '-quick' : ''}${only === undefined ? '' : `-${only.join('-')}`}`;
const flags = `${run.options.quick === true ? ' --quick' : ''}${only === undefined ? '' : ` --shapes ${only.join(',')}`}`;
const meta = `Run ${run.started} on ${process.platform} ${process.arch}, Node ${process.version}, ${run.options.seconds} s per measurement after ${run.options.warmupSeconds} s warm-up, NODE_ENV=production, every response checked (\`npm run bench${flags === '' ? '' : ` --${flags}`}\`; raw figures in \`bench/results/${name}.json\`).`;
if (values.from === undefined) {
  mkdirSync(fromRoot('bench', 'results'), { recursive: true });
  writeFileSync(fromRoot('bench', 'results', `${name}.json`), `${JSON.stringify(run, null, 2)}\n`);
}
const table = markdown(run.results, run.options.connections, meta);
if (only === undefined) {
  const readme = fromRoot('bench', 'README.md');
  const text = readFileSync(readme, 'utf8');
  const begin = '<!-- results:begin -->';
  const end = '<!-- results:end -->';
  writeFileSync(
    readme,
    `${text.slice(0, text.indexOf(begin) + begin.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
  );
  // The tables are committed, and `npm test` checks formatting.
  execFileSync('npx', ['prettier', '--write', readme], { cwd: fromRoot(), stdio: 'ignore' });
} else {
  // A run of some shapes leaves the README's tables (every shape) as they are: its tables go to stdout.
  process.stdout.write(`${table}\n`);
}
const last = run.results[run.results.length - 1];
const top = run.options.connections[run.options.connections.length - 1] ?? 1;
if (last !== undefined) {
  // The rows measured on their own (our default with parts), then the cached figures; the last two lines are
  // the like-for-like comparisons, without the cache.
  for (const line of asideLines(last, top)) process.stdout.write(`${line}\n`);
  process.stdout.write(`${summaryLine(last, top, 'plan-graph cached')}\n`);
  process.stdout.write(`${summaryLine(last, top)}\n`);
  process.stdout.write(`${summaryLine(last, top, 'plan-graph', 'floor')}\n`);
}

async function measure(): Promise<SavedRun> {
  const quick = values.quick === true;
  const options = {
    scales: list(values.scales, quick ? [100] : [1, 10, 100]),
    seconds: Number(values.seconds ?? (quick ? 2 : 10)),
    warmupSeconds: Number(values.warmup ?? (quick ? 1 : 3)),
    connections: list(values.connections, quick ? [16] : [1, 16]),
    repeat: Number(values.repeat ?? 5),
    ...(quick ? { cachedRepeat: 1 } : {}),
    quick,
    ...(values.shapes === undefined ? {} : { shapes: values.shapes.split(',') }),
  };
  for (const n of [...options.scales, ...options.connections, options.seconds, options.repeat]) {
    if (!Number.isInteger(n) || n <= 0) throw new Error(`bad option value ${n}: expected a positive integer`);
  }
  if (!Number.isFinite(options.warmupSeconds) || options.warmupSeconds < 0) {
    throw new Error(`bad --warmup ${values.warmup}: expected seconds ≥ 0`);
  }
  process.env['NODE_ENV'] = 'production';
  log('Building plan-graph (npm run build) so it runs as in production…');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: fromRoot(), stdio: 'inherit' });
  const started = new Date().toISOString();
  const results = await runBench({ ...options, log });
  return { started, options, results };
}

function load(file: string): SavedRun {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedRun;
  if (!Array.isArray(saved.results) || typeof saved.started !== 'string') {
    throw new Error(`${basename(file)} is not a bench result file`);
  }
  log(`Re-rendering bench/README.md from ${file}`);
  return { ...saved, started: new Date(saved.started).toISOString() };
}
