// npm run bench [-- --quick] [--scales 1,10,100] [--seconds 10] [--connections 1,16]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fromRoot } from '../src/paths.js';
import { markdown, summaryLine } from './lib/report.js';
import { runBench } from './lib/run-bench.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    scales: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
  },
});
const list = (text: string | undefined, fallback: number[]) =>
  text === undefined ? fallback : text.split(',').map(Number);
const quick = values.quick === true;
const options = {
  scales: list(values.scales, quick ? [100] : [1, 10, 100]),
  seconds: Number(values.seconds ?? (quick ? 3 : 10)),
  warmupSeconds: Number(values.warmup ?? (quick ? 1 : 3)),
  connections: list(values.connections, [1, 16]),
  ours: 'dist' as const,
  log: (line: string) => process.stderr.write(`${line}\n`),
};
for (const n of [...options.scales, ...options.connections, options.seconds]) {
  if (!Number.isFinite(n) || n <= 0) throw new Error(`bad option value ${n}`);
}

process.env['NODE_ENV'] = 'production';
options.log('Building plan-graph (npm run build) so it runs as in production…');
execFileSync('npm', ['run', '-s', 'build'], { cwd: fromRoot(), stdio: 'inherit' });
const started = new Date();
const results = await runBench(options);

const stamp = started.toISOString().replace(/[:.]/g, '-');
const name = `${stamp}-x${options.scales.join('-x')}${quick ? '-quick' : ''}`;
mkdirSync(fromRoot('bench', 'results'), { recursive: true });
const meta = `Run ${started.toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}, ${options.seconds} s per measurement after ${options.warmupSeconds} s warm-up, NODE_ENV=production, every response checked (\`npm run bench${quick ? ' -- --quick' : ''}\`; raw figures in \`bench/results/${name}.json\`).`;
writeFileSync(
  fromRoot('bench', 'results', `${name}.json`),
  `${JSON.stringify({ started, options: { ...options, log: undefined }, results }, null, 2)}\n`,
);
const readme = fromRoot('bench', 'README.md');
const text = readFileSync(readme, 'utf8');
const begin = '<!-- results:begin -->';
const end = '<!-- results:end -->';
const table = markdown(results, options.connections, meta);
writeFileSync(
  readme,
  `${text.slice(0, text.indexOf(begin) + begin.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
);
const last = results[results.length - 1];
const top = options.connections[options.connections.length - 1] ?? 1;
if (last !== undefined) {
  // The cached figures first; the last line is the like-for-like comparison, without the cache.
  process.stdout.write(`${summaryLine(last, top, 'plan-graph cached')}\n`);
  process.stdout.write(`${summaryLine(last, top)}\n`);
}
