// npm run load [-- --rates 25,50,100,200,400,800] [--seconds 60] [--connections 64] [--cached]
//
// Steady open-model load on loopback: autocannon sends a fixed overall rate (not "as fast as answers come"),
// a mix of the README's questions, for `--seconds` per step, stepping up the rate. The knee is the highest
// rate answered with p99 ≤ 250 ms and no error, GraphQL errors included. Writes bench/results/load-*.json and
// the table between the load markers in bench/README.md.
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

const { values } = parseArgs({
  options: {
    rates: { type: 'string', default: '25,50,100,200,400,800' },
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    cached: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '10' },
  },
});
const rates = values.rates.split(',').map(Number);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmupSeconds = Number(values.warmup);
for (const [name, value] of [
  ...rates.map((r) => ['--rates', r] as const),
  ['--seconds', seconds],
  ['--connections', connections],
  ['--warmup', warmupSeconds],
] as const) {
  if (!Number.isInteger(value) || value < (name === '--warmup' ? 0 : 1)) {
    process.stderr.write(`${name} takes positive integers, got ${String(value)}\n`);
    process.exit(2);
  }
}
const log = (line: string) => process.stderr.write(`${line}\n`);
const P99_GOAL_MS = 250;

interface Step {
  rate: number;
  achievedRate: number;
  requests: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  graphqlErrors: number;
  rssMiB: number;
  withinGoal: boolean;
}

const steps: Step[] = [];
const server = await startRealPlanServer(values.cached, log);
try {
  const { url, system } = server;
  // Neo4j plans each statement on first use and the JIT warms up: the first seconds are not the steady state.
  await autocannon({ url, connections: 4, duration: warmupSeconds, requests: questionRequests() });
  for (const rate of rates) {
    let graphqlErrors = 0;
    let sample: string | undefined;
    const result = await autocannon({
      url,
      connections: Math.min(connections, rate),
      overallRate: rate,
      duration: seconds,
      timeout: 15,
      requests: questionRequests((status, body) => {
        const failed = failedAnswer(status, body);
        if (failed && status === 200) graphqlErrors++;
        if (failed && sample === undefined) sample = `${status} ${body.slice(0, 300)}`;
      }),
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    const step: Step = {
      rate,
      achievedRate: Math.round((result.requests.total / seconds) * 10) / 10,
      requests: result.requests.total,
      p50Ms: result.latency.p50,
      p90Ms: result.latency.p90,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      errors,
      graphqlErrors,
      rssMiB: Math.round(system.rssBytes() / 1024 / 1024),
      // An open-model step that fell behind its rate also missed: queued requests are latency too.
      withinGoal:
        result.latency.p99 <= P99_GOAL_MS &&
        errors + graphqlErrors === 0 &&
        result.requests.total >= rate * seconds * 0.95,
    };
    steps.push(step);
    log(
      `${rate} req/s: achieved ${step.achievedRate}, p50 ${step.p50Ms} ms, p99 ${step.p99Ms} ms, ` +
        `errors ${errors} + ${graphqlErrors} GraphQL, RSS ${step.rssMiB} MiB${step.withinGoal ? '' : ' (over the goal)'}`,
    );
    if (sample !== undefined) log(`  first failed answer: ${sample}`);
  }
} finally {
  await server.stop();
}

const knee = steps.filter((s) => s.withinGoal).at(-1);
const started = new Date().toISOString();
const run = {
  started,
  options: { rates, seconds, connections, cached: values.cached },
  steps,
  kneeRate: knee?.rate ?? null,
};
mkdirSync(fromRoot('bench', 'results'), { recursive: true });
const file = `load-${started.replace(/[:.]/g, '-')}${values.cached ? '-cached' : ''}.json`;
writeFileSync(fromRoot('bench', 'results', file), `${JSON.stringify(run, null, 2)}\n`);

const mode = values.cached ? 'response cache on' : 'response cache off';
const table = [
  `Run ${started}: the real plan, ${mode}, ${seconds} s per step at a fixed rate (autocannon \`overallRate\`, up to ${connections} connections) after ${warmupSeconds} s of warm-up, the README's ${QUESTION_BODIES.length} questions in turn; raw figures in \`bench/results/${file}\`.`,
  '',
  '| rate (req/s) | achieved | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | errors | GraphQL errors | RSS (MiB) | p99 ≤ 250 ms, no error |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...steps.map(
    (s) =>
      `| ${s.rate} | ${s.achievedRate} | ${s.p50Ms} | ${s.p90Ms} | ${s.p99Ms} | ${s.maxMs} | ${s.errors} | ${s.graphqlErrors} | ${s.rssMiB} | ${s.withinGoal ? 'yes' : 'no'} |`,
  ),
  '',
  knee === undefined
    ? '**Knee: none of the steps met the goal.**'
    : knee === steps.at(-1)
      ? `**Knee: at least ${knee.rate} req/s**, the highest step tried (p99 ${knee.p99Ms} ms); higher \`--rates\` find it.`
      : `**Knee: ${knee.rate} req/s** (p99 ${knee.p99Ms} ms).`,
].join('\n');
const readme = fromRoot('bench', 'README.md');
const text = readFileSync(readme, 'utf8');
const begin = `<!-- load${values.cached ? '-cached' : ''}:begin -->`;
const end = `<!-- load${values.cached ? '-cached' : ''}:end -->`;
if (text.includes(begin) && text.includes(end)) {
  writeFileSync(
    readme,
    `${text.slice(0, text.indexOf(begin) + begin.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
  );
  execFileSync('npx', ['prettier', '--write', readme], { cwd: fromRoot(), stdio: 'ignore' });
}
process.stdout.write(
  `knee: ${knee === undefined ? 'none' : `${knee.rate} req/s`} (${mode}; p99 ≤ ${P99_GOAL_MS} ms, no error)\n`,
);
