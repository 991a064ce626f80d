// npm run soak -- --minutes N [--rate 96] [--warmup 30]
//
// A steady open-model load on loopback for N minutes (at most 240): the README's questions in turn at a fixed
// rate, by default 80 % of the uncached knee `npm run load` found (at least 120 req/s on 2026-12-07), against the
// compiled server without its response cache. Each minute prints the server's RSS, p50/p99 and the errors
// (GraphQL errors included); the run writes bench/results/soak-<time>.json, a plot soak-<time>.svg, and the table
// between the soak markers in bench/README.md, and says whether RSS and p99 stayed flat (their least-squares
// drift over the run within the noise of the run itself).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { fromRoot } from '../src/paths.js';
import {
  failedAnswer,
  QUESTION_BODIES,
  questionRequests,
  startRealPlanServer,
} from './lib/real-plan-server.js';
import { drift, soakPlot, type SoakMinute } from './lib/soak-figures.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '96' },
    warmup: { type: 'string', default: '30' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const warmupSeconds = Number(values.warmup);
for (const [name, value, min, max] of [
  ['--minutes', minutes, 1, 240],
  ['--rate', rate, 1, 5_000],
  ['--warmup', warmupSeconds, 0, 600],
] as const) {
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`${name} takes an integer from ${min} to ${max}, got ${String(value)}\n`);
    process.exit(2);
  }
}
const log = (line: string) => process.stderr.write(`${line}\n`);

const series: SoakMinute[] = [];
const started = new Date().toISOString();
const server = await startRealPlanServer(false, log);
try {
  const { url, system } = server;
  await autocannon({ url, connections: 4, duration: warmupSeconds, requests: questionRequests() });
  log(`soak: ${minutes} min at ${rate} req/s, the README's ${QUESTION_BODIES.length} questions in turn`);
  for (let minute = 1; minute <= minutes; minute++) {
    let graphqlErrors = 0;
    let sample: string | undefined;
    const result = await autocannon({
      url,
      connections: Math.min(16, rate),
      overallRate: rate,
      duration: 60,
      timeout: 15,
      requests: questionRequests((status, body) => {
        const failed = failedAnswer(status, body);
        if (failed && status === 200) graphqlErrors++;
        if (failed && sample === undefined) sample = `${status} ${body.slice(0, 300)}`;
      }),
    });
    const point: SoakMinute = {
      minute,
      requests: result.requests.total,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      rssMiB: Math.round(system.rssBytes() / 1024 / 1024),
    };
    series.push(point);
    log(
      `minute ${minute}: ${point.requests} requests, p50 ${point.p50Ms} ms, p99 ${point.p99Ms} ms, ` +
        `errors ${point.errors}, RSS ${point.rssMiB} MiB`,
    );
    if (sample !== undefined) log(`  first failed answer: ${sample}`);
  }
} finally {
  await server.stop();
}

const rss = drift(series.map((m) => m.rssMiB));
const p99 = drift(series.map((m) => m.p99Ms));
const errors = series.reduce((sum, m) => sum + m.errors, 0);
const stem = `soak-${started.replace(/[:.]/g, '-')}`;
mkdirSync(fromRoot('bench', 'results'), { recursive: true });
writeFileSync(
  fromRoot('bench', 'results', `${stem}.json`),
  `${JSON.stringify({ started, options: { minutes, rate, warmupSeconds }, series, rss, p99, errors }, null, 2)}\n`,
);
writeFileSync(
  fromRoot('bench', 'results', `${stem}.svg`),
  soakPlot(series, `${minutes} min at ${rate} req/s`),
);

const verdict = (name: string, d: ReturnType<typeof drift>, unit: string) =>
  `${name} ${d.flat ? 'flat' : '**rising**'}: drift ${d.drift.toFixed(1)} ${unit} over the run (slope ` +
  `${d.slope.toFixed(2)} ${unit}/min) against a minute-to-minute spread of ${d.spread.toFixed(1)} ${unit}`;
const table = [
  `Run ${started}: the real plan, response cache off, ${rate} req/s for ${minutes} min (autocannon \`overallRate\`, 16 connections) after ${warmupSeconds} s of warm-up, the README's ${QUESTION_BODIES.length} questions in turn; raw figures in \`bench/results/${stem}.json\`.`,
  '',
  `![RSS and latency each minute](results/${stem}.svg)`,
  '',
  '| minute | requests | p50 (ms) | p99 (ms) | errors | RSS (MiB) |',
  '| --- | --- | --- | --- | --- | --- |',
  ...series.map(
    (m) => `| ${m.minute} | ${m.requests} | ${m.p50Ms} | ${m.p99Ms} | ${m.errors} | ${m.rssMiB} |`,
  ),
  '',
  `${verdict('RSS', rss, 'MiB')}; ${verdict('p99', p99, 'ms')}; ${errors} errors in all.`,
].join('\n');
const readme = fromRoot('bench', 'README.md');
const text = readFileSync(readme, 'utf8');
const begin = '<!-- soak:begin -->';
const end = '<!-- soak:end -->';
if (text.includes(begin) && text.includes(end)) {
  writeFileSync(
    readme,
    `${text.slice(0, text.indexOf(begin) + begin.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
  );
  execFileSync('npx', ['prettier', '--write', readme], { cwd: fromRoot(), stdio: 'ignore' });
}
process.stdout.write(
  `soak: ${verdict('RSS', rss, 'MiB')}; ${verdict('p99', p99, 'ms')}; ${errors} errors; bench/results/${stem}.svg\n`,
);
