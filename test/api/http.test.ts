import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app/start-app.js';
import { readConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { fromRoot } from '../../src/paths.js';
import { testNeo4jEnv } from '../helpers/test-neo4j.js';

const execFileAsync = promisify(execFile);

/** The app as `npm start` runs it, on a free port, over real HTTP, against the suite's Neo4j. */
describe('HTTP', () => {
  let app: App;
  let base: string;

  beforeAll(async () => {
    const env = { PORT: '0', HOST: '127.0.0.1', ...testNeo4jEnv() };
    app = await startApp(readConfig(env), createLogger('error'), env);
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await app.stop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers { __typename } and a query read from Neo4j', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename plans { id documentNumber } }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { __typename: 'Query', plans: [{ id: 'zhuji-2021', documentNumber: '诸政办发〔2021〕40号' }] },
    });
  });

  it('answers GET queries too (cacheable reads)', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports liveness at /healthz and readiness at /readyz', async () => {
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('serves Sandbox at the GraphQL URL with the example operation preloaded', async () => {
    const response = await fetch(app.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('query PlatformsSupportingAnIndustry');
  });

  it('links GraphiQL and the explorer from that page, and says Sandbox needs the internet', async () => {
    const html = await (await fetch(app.url, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('href="/graphiql"');
    expect(html).toContain('href="/explore/"');
    expect(html).toMatch(/needs the internet/);
  });

  it('serves GraphiQL and its files itself, the questions preloaded, and nothing else under /graphiql', async () => {
    const page = await fetch(`${base}/graphiql`);
    const html = await page.text();
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html).toContain('query PlatformsSupportingAnIndustry');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    for (const [asset, type] of [
      ['react.js', 'text/javascript'],
      ['react-dom.js', 'text/javascript'],
      ['graphiql.js', 'text/javascript'],
      ['graphiql.css', 'text/css'],
    ] as const) {
      expect(html).toContain(`/graphiql/assets/${asset}`);
      const response = await fetch(`${base}/graphiql/assets/${asset}`);
      expect([response.status, response.headers.get('content-type')]).toEqual([
        200,
        `${type}; charset=utf-8`,
      ]);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    for (const path of ['/graphiql/assets/../../package.json', '/graphiql/assets/x.js', '/graphiql/other']) {
      const response = await fetch(`${base}${path}`);
      const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
      expect([response.status, body.errors[0]?.extensions]).toEqual([404, { code: 'NOT_FOUND' }]);
      expect(body.errors[0]?.message).toMatch(/^Nothing at /);
    }
  });

  it('answers a request that is not valid HTTP with a JSON error, not an empty 400', async () => {
    const raw = (request: Buffer) =>
      new Promise<string>((resolve, reject) => {
        const { port } = new URL(base);
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
        const chunks: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('end', () => {
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
        socket.on('error', reject);
      });
    // What `curl 'http://…/export/edges.csv?entity=美丽珍珠'` sends: UTF-8 bytes in the request line.
    const utf8 = await raw(
      Buffer.from('GET /export/edges.csv?entity=美丽珍珠 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'),
    );
    const [head = '', body = ''] = utf8.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toContain('content-type: application/json; charset=utf-8');
    expect(JSON.parse(body)).toEqual({
      errors: [
        {
          message: expect.stringMatching(/percent-encode the URL/) as unknown,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const header = await raw(Buffer.from('GET /healthz HTTP/1.1\r\nHost: x\r\nnot a header\r\n\r\n'));
    expect(header).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*"code":"BAD_REQUEST"/);
    // Percent-encoded, as the curl line of docs/cli.md sends it, the same export is a file.
    const encoded = await fetch(`${base}/export/edges.csv?entity=${encodeURIComponent('美丽珍珠')}&depth=2`);
    expect([encoded.status, encoded.headers.get('content-type')]).toEqual([
      200,
      'text/csv; charset=utf-8; header=present',
    ]);
  });

  it('redirects / to the GraphQL URL', async () => {
    const response = await fetch(`${base}/`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([302, '/graphql']);
  });

  it('refuses a body over 100 KB with 413 before parsing it', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200 * 1024)}` }));
    expect([response.status, await response.json()]).toEqual([
      413,
      {
        errors: [
          { message: 'Request body is larger than 102400 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
        ],
      },
    ]);
  });

  it('refuses malformed JSON with 400 and a code', async () => {
    const response = await post('{"query": ');
    expect([response.status, await response.json()]).toEqual([
      400,
      { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] },
    ]);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('answers CORS preflight for any origin', async () => {
    const response = await fetch(app.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([204, '*']);
  });

  it('gives 404 with a pointer elsewhere', async () => {
    const response = await fetch(`${base}/nothing`);
    expect([response.status, await response.json()]).toEqual([
      404,
      {
        errors: [
          { message: 'Nothing at /nothing; GraphQL is at /graphql.', extensions: { code: 'NOT_FOUND' } },
        ],
      },
    ]);
  });

  it('runs the curl lines of the README and docs/ as written, each answering without an error', async () => {
    const lines = docsCurlLines();
    // The README's POST and the two export downloads of docs/cli.md, at least.
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const { host } = new URL(base);
    for (const line of lines) {
      const dir = mkdtempSync(join(tmpdir(), 'plan-graph-curl-'));
      try {
        const command = line.replaceAll('localhost:4000', host);
        const run = await execFileAsync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
        const files = readdirSync(dir);
        if (/\s-O/.test(line)) {
          // A download: one file, named by the server, not an error body.
          expect(files, line).toHaveLength(1);
          const text = readFileSync(join(dir, files[0] ?? ''), 'utf8');
          expect(text.length, line).toBeGreaterThan(100);
          expect(text, line).not.toMatch(/"errors"|"code"/);
        } else {
          expect(files, line).toEqual([]);
          const answer = JSON.parse(run.stdout) as { data?: unknown; errors?: unknown };
          expect(answer.errors, line).toBeUndefined();
          expect(answer.data, line).toBeTruthy();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

/** Every `curl` line of the shell blocks of README.md and docs/*.md, as a reader would paste it. */
function docsCurlLines(): string[] {
  const files = [
    fromRoot('README.md'),
    ...readdirSync(fromRoot('docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => fromRoot('docs', name)),
  ];
  return files.flatMap((file) => {
    const markdown = readFileSync(file, 'utf8');
    const blocks = [...markdown.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
    return blocks.flatMap((block) => block.split('\n')).filter((line) => line.startsWith('curl '));
  });
}
