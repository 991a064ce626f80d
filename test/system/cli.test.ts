import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/free-port.js';
import { projectRoot } from '../../src/paths.js';
import { useApi } from '../helpers/api.js';
import { useHttpApi } from '../helpers/http-api.js';
import { cleanEnv, spawnInProject } from '../helpers/spawn-app.js';
import { testNeo4j, testNeo4jEnv } from '../helpers/test-neo4j.js';

/** What a command printed and how it ended. */
interface Run {
  readonly code: number | string;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = 'src/cli/bin.js';
const PEARL = '{ industry(name: "美丽珍珠") { name platforms { name } } }';

/** The suite's Neo4j as a user's environment names it: no second JVM is started. */
function neo4jEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return cleanEnv({ ...testNeo4jEnv(), ...extra });
}

/** `plan-graph …` as a user runs it (node src/cli/bin.js …, which runs the built dist/), bounded by `timeoutMs`. */
async function planGraph(args: readonly string[], env = neo4jEnv(), timeoutMs = 45_000): Promise<Run> {
  const cli = spawnInProject(process.execPath, [BIN, ...args], env);
  const code = await cli.exited(timeoutMs);
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}

/** The same with `input` on stdin (spawnInProject gives the child no stdin). */
function planGraphWithInput(args: readonly string[], input: string, env = neo4jEnv()): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: projectRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal ?? 'unknown', stdout, stderr });
    });
  });
}

describe('plan-graph --help', () => {
  it('lists the commands through `npx plan-graph`, the package.json bin', async () => {
    const npx = spawnInProject('npx', ['plan-graph', '--help'], cleanEnv({}));
    expect(await npx.exited(60_000)).toBe(0);
    expect(npx.stdout()).toMatch(/^usage: plan-graph <command> \[options\]/);
    for (const command of ['serve', 'import', 'export', 'query'])
      expect(npx.stdout()).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
  });

  it('prints the overview on stderr and exits 2 without a command, or with an unknown one', async () => {
    const none = await planGraph([], cleanEnv({}));
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toMatch(/^usage: plan-graph <command>/);
    const unknown = await planGraph(['frobnicate'], cleanEnv({}));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^plan-graph: unknown command "frobnicate"\n\nusage: plan-graph/);
  });

  for (const [command, mentions] of [
    ['serve', ['--port <n>', '--host <address>', 'PORT', 'NEO4J_URI', 'NEO4J_EMBEDDED_DATA_DIR']],
    ['import', ['--check', '--force', 'NEO4J_URI', 'NEO4J_EMBEDDED_DATA_DIR']],
    ['export', ['--format graphml|csv|jsonld', '--entity', '--depth 1|2', '--plan', '--out', 'NEO4J_URI']],
    ['query', ['[FILE | -]', '--variables <json>', '--operation <name>', 'NEO4J_URI']],
  ] as const) {
    it(`explains \`${command}\`: usage, options, exit codes, examples and settings`, async () => {
      const run = await planGraph([command, '--help'], cleanEnv({}));
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(new RegExp(`^usage: plan-graph ${command} `));
      for (const text of [...mentions, 'Exit codes', 'Examples:', `  plan-graph ${command}`])
        expect(run.stdout).toContain(text);
    });
  }

  it('refuses an unknown option with exit 2, naming it', async () => {
    const run = await planGraph(['query', '--bogus'], cleanEnv({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("plan-graph query: Unknown option '--bogus'");
    expect(run.stderr).toContain('Run `plan-graph query --help` for usage.');
  });
});

describe('plan-graph query', () => {
  const api = useApi();

  it('runs a document from stdin and prints the result as pretty JSON', async () => {
    const run = await planGraphWithInput(['query'], PEARL);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(await api.execute(PEARL), null, 2)}\n`);
    const { data } = JSON.parse(run.stdout) as { data: { industry: { platforms: unknown[] } } };
    expect(data.industry).toMatchObject({ name: '美丽珍珠' });
    expect(data.industry.platforms.length).toBeGreaterThan(0);
    expect(run.stderr).toContain(`plan-graph: connecting to Neo4j at ${testNeo4j().uri}`);
  });

  it('runs the named operation of a file with variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-graph-cli-query-'));
    try {
      const file = join(dir, 'pearl.graphql');
      writeFileSync(
        file,
        'query Other { __typename }\nquery Pearl($name: String!) { industry(name: $name) { name platforms { name } } }\n',
      );
      const run = await planGraph([
        'query',
        file,
        '--operation',
        'Pearl',
        '--variables',
        '{"name": "美丽珍珠"}',
      ]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(await api.execute(PEARL));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the operations, before touching Neo4j, when a document holds several and none is chosen', async () => {
    const env = cleanEnv({});
    const two = 'query Other { __typename }\nquery Pearl { industry(name: "美丽珍珠") { name } }\n';
    const none = await planGraphWithInput(['query', '-'], two, env);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toMatch(
      /^plan-graph query: the document holds 2 operations; choose one with --operation: Other, Pearl\n/,
    );
    const wrong = await planGraphWithInput(['query', '-', '--operation', 'Perl'], two, env);
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toMatch(
      /^plan-graph query: no operation named Perl; the document holds: Other, Pearl\n/,
    );
  });

  it('exits 1 when the result has errors, printing them', async () => {
    const run = await planGraphWithInput(['query', '-'], '{ industry(name: "美丽珍珠") { nope } }');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { errors: { extensions: { code: string } }[] };
    expect(result.errors.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('exits 2 on variables that are not JSON, or a file that does not exist, before touching Neo4j', async () => {
    const bad = await planGraph(['query', '-', '--variables', '{name:'], cleanEnv({}));
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^plan-graph query: --variables is not JSON: /);
    const missing = await planGraph(['query', 'no/such/file.graphql'], cleanEnv({}));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^plan-graph query: cannot read no\/such\/file\.graphql: ENOENT/);
  });

  it('exits 1 naming the URI when Neo4j does not answer', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const env = cleanEnv({ NEO4J_URI: uri, NEO4J_CONNECT_TIMEOUT_MS: '2000' });
    const run = await planGraphWithInput(['query'], '{ __typename }', env);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain(`Cannot reach Neo4j at ${uri}`);
  });
});

describe('plan-graph query --url', () => {
  const api = useApi();
  const server = useHttpApi();
  const origin = () => new URL(server.url).origin;

  it('asks a running server over HTTP and prints its answer, opening no database', async () => {
    // No NEO4J_URI and no data folder in use: an attempt to open a database would start a JVM and say so.
    const run = await planGraphWithInput(['query', '--url', origin()], PEARL, cleanEnv({}));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`${JSON.stringify(await api.execute(PEARL), null, 2)}\n`);
  });

  it('exits 1 with the errors of a failed operation, and names a server it cannot reach in one line', async () => {
    const failed = await planGraphWithInput(['query', '--url', server.url], '{ nosuchfield }', cleanEnv({}));
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    const closed = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await planGraphWithInput(['query', '--url', closed], PEARL, cleanEnv({}));
    expect(unreachable).toMatchObject({ code: 1, stdout: '' });
    expect(unreachable.stderr).toMatch(
      new RegExp(`^plan-graph: cannot reach ${closed}/graphql: .*ECONNREFUSED.*\\n$`),
    );
    const bad = await planGraphWithInput(['query', '--url', 'ftp://example.org'], PEARL, cleanEnv({}));
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(
      /^plan-graph query: --url must be http:\/\/ or https:\/\/, got ftp:\/\/example\.org/,
    );
  });
});

describe('plan-graph import', () => {
  it('validates the plans with --check, touching no database', async () => {
    const run = await planGraph(['import', '--check'], cleanEnv({}));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^zhuji-2021: valid \(\d+ entities, \d+ relationships\)\n$/);
  });

  it('names a plan folder that does not exist, once, and exits 2', async () => {
    const run = await planGraph(['import', '--check', 'data/plans/no-such-plan'], cleanEnv({}));
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'The dataset has 1 problem(s); nothing was written:\n  data/plans/no-such-plan: (folder): no such folder\n',
    );
  });

  it('leaves an imported plan unchanged and prints its digest', async () => {
    const run = await planGraph(['import']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^zhuji-2021: unchanged; graph digest [0-9a-f]{64}\n/);
  });
});

describe('plan-graph export', () => {
  const out = mkdtempSync(join(tmpdir(), 'plan-graph-cli-export-'));
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('writes a GraphML file that parses and prints its path', async () => {
    const dir = join(out, 'graphml');
    const run = await planGraph(['export', '--format', 'graphml', '--out', dir]);
    expect(run.code).toBe(0);
    const paths = run.stdout.trim().split('\n');
    expect(paths).toHaveLength(1);
    const [path = ''] = paths;
    expect(path.startsWith(`${dir}/`)).toBe(true);
    const xml = readFileSync(path, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<graphml /);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      graphml: { graph: { node: unknown[]; edge: unknown[] } };
    };
    expect(parsed.graphml.graph.node.length).toBeGreaterThan(50);
    expect(parsed.graphml.graph.edge.length).toBeGreaterThan(50);
    expect(xml).toContain('美丽珍珠');
  });

  it('writes three CSV files', async () => {
    const dir = join(out, 'csv');
    const run = await planGraph(['export', '--format', 'csv', '--plan', 'zhuji-2021', '--out', dir]);
    expect(run.code).toBe(0);
    const paths = run.stdout.trim().split('\n');
    expect(paths).toHaveLength(3);
    expect(readdirSync(dir).sort()).toEqual(paths.map((p) => p.slice(dir.length + 1)).sort());
    for (const path of paths) expect(readFileSync(path, 'utf8').split('\r\n').length).toBeGreaterThan(2);
  });

  it('prints a JSON-LD export of one entity on stdout with --out -', async () => {
    const run = await planGraph(['export', '--format', 'jsonld', '--entity', '美丽珍珠', '--out', '-']);
    expect(run.code).toBe(0);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain('美丽珍珠');
  });

  it('exits 1 for an entity the graph does not hold, writing nothing', async () => {
    const dir = join(out, 'unknown');
    const run = await planGraph(['export', '--format', 'graphml', '--entity', '不存在的实体', '--out', dir]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('不存在的实体');
    expect(existsSync(dir)).toBe(false);
  });

  it('exits 2 on a bad command line before touching Neo4j', async () => {
    for (const args of [
      ['--format', 'csv', '--out', '-'],
      ['--format', 'pdf'],
      [],
      ['--format', 'graphml', '--entity', '美丽珍珠', '--depth', '3'],
    ]) {
      const run = await planGraph(['export', ...args], cleanEnv({}));
      expect(run, args.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/^plan-graph export: /);
    }
  });
});

describe('plan-graph serve', () => {
  it('serves GraphQL on the port it is given and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const app = spawnInProject(
      process.execPath,
      [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1'],
      neo4jEnv({ PORT: '1' }),
    );
    const [, url] = await app.waitFor(/plan-graph ready at (\S+)/, 60_000);
    expect(url).toBe(`http://127.0.0.1:${port}/graphql`);
    const response = await fetch(url ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    app.child.kill('SIGTERM');
    expect(await app.exited(10_000)).toBe(0);
    expect(app.stderr()).toContain('SIGTERM: shutting down');
  });
});
