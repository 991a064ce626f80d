import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/neo4j/free-port.js';
import { processesMatching, waitUntilGone } from './helpers/processes.js';
import { cleanEnv, spawnInProject } from './helpers/spawn-app.js';

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

    app.child.kill('SIGTERM');
    expect(await app.exited(10_000)).toBe(0);
    expect(await waitUntilGone(dataDir, 1_000)).toEqual([]);
  });

  for (const scheme of ['bolt', 'neo4j']) {
    it(`exits non-zero naming the URI when NEO4J_URI (${scheme}://) stays closed past NEO4J_CONNECT_TIMEOUT_MS`, async () => {
      const uri = `${scheme}://127.0.0.1:${await freePort()}`;
      const app = spawnInProject(
        process.execPath,
        ['--import', 'tsx', 'src/main.ts'],
        cleanEnv({ NEO4J_URI: uri, PORT: '0', NEO4J_CONNECT_TIMEOUT_MS: '2000' }),
      );
      expect(await app.exited(15_000)).toBe(1);
      expect(app.stderr()).toContain(`plan-graph could not start: Cannot reach Neo4j at ${uri}`);
    });
  }

  it('names Java when it is missing', async () => {
    const env = cleanEnv({ PORT: '0', NEO4J_EMBEDDED_DATA_DIR: dataDir, PATH: '/nonexistent' });
    delete env['JAVA_HOME'];
    const app = spawnInProject(process.execPath, ['--import', 'tsx', 'src/main.ts'], env);
    expect(await app.exited(15_000)).toBe(1);
    expect(app.stderr()).toMatch(
      /^plan-graph could not start: Java 17 or newer is required to run the embedded Neo4j/,
    );
  });
});
