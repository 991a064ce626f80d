import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../../src/app/start-app.js';
import { readConfig } from '../../../src/config.js';
import type { Connection } from '../../../src/db/connect.js';
import { importPlans } from '../../../src/import/import-plans.js';
import { createLogger } from '../../../src/logger.js';
import { fromRoot } from '../../../src/paths.js';
import { connectToTestNeo4j, testNeo4jEnv } from '../../helpers/test-neo4j.js';

describe('the response cache', () => {
  let app: App;
  let connection: Connection;
  const original = fromRoot('data', 'plans', 'zhuji-2021');
  const copy = join(mkdtempSync(join(tmpdir(), 'plan-graph-cache-')), 'zhuji-2021');

  beforeAll(async () => {
    connection = await connectToTestNeo4j();
    const env = { PORT: '0', HOST: '127.0.0.1', ...testNeo4jEnv(), DATA_VERSION_CHECK_MS: '100' };
    app = await startApp(readConfig(env), createLogger('error'), env);
  });
  afterAll(async () => {
    await app.stop();
    await importPlans(connection.db, [original]);
    await connection.driver.close();
    rmSync(join(copy, '..'), { recursive: true, force: true });
  });

  const ask = async (query: string) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { cache: response.headers.get('x-plan-graph-cache'), body: await response.text() };
  };

  it('answers a repeated question from memory, with the same body', async () => {
    const query = '{ industry(name: "美丽珍珠") { platforms { name } } }';
    const first = await ask(query);
    const second = await ask(query);
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toBe(first.body);
  });

  it('never keeps an answer with errors', async () => {
    const query = '{ path(from: "不存在", to: "青年人才") { length } }';
    const first = await ask(query);
    const second = await ask(query);
    expect(first.body).toContain('BAD_USER_INPUT');
    expect([first.cache, second.cache]).toEqual([null, null]);
  });

  it('forgets everything once an import changes the data', async () => {
    const query = '{ industries(first: 100) { totalCount } }';
    expect(JSON.parse((await ask(query)).body)).toEqual({ data: { industries: { totalCount: 24 } } });
    expect((await ask(query)).cache).toBe('hit');

    cpSync(original, copy, { recursive: true });
    const industries = join(copy, 'industries.yaml');
    writeFileSync(
      industries,
      `${readFileSync(industries, 'utf8')}  - name: 新兴产业\n    key: emerging-industries\n    evidence: [驱动传统产业升级与新兴产业崛起]\n`,
    );
    await importPlans(connection.db, [copy]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await ask(query);
    expect([after.cache, JSON.parse(after.body)]).toEqual([
      'miss',
      { data: { industries: { totalCount: 25 } } },
    ]);
  });
});
