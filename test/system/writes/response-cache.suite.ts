import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../../src/app/start-app.js';
import { readConfig } from '../../../src/config.js';
import type { Connection } from '../../../src/db/connect.js';
import { importPlans } from '../../../src/import/import-plans.js';
import { createLogger } from '../../../src/logger.js';
import { removePlan } from '../../../src/import/write/remove-plan.js';
import { ownedPlanCopy } from '../../helpers/owned-plan.js';
import { connectToTestNeo4j, testNeo4jEnv } from '../../helpers/test-neo4j.js';

describe('the response cache', () => {
  let app: App;
  let connection: Connection;
  // A plan of this file's own, imported as it is and then changed: the real plan is never touched.
  const owned = ownedPlanCopy('cache');

  beforeAll(async () => {
    connection = await connectToTestNeo4j();
    const env = { PORT: '0', HOST: '127.0.0.1', ...testNeo4jEnv(), DATA_VERSION_CHECK_MS: '100' };
    app = await startApp(readConfig(env), createLogger('error'), env);
  });
  afterAll(async () => {
    await app.stop();
    await removePlan(connection.db, owned.planId);
    await connection.driver.close();
    owned.cleanUp();
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
    expect(first.body).toContain('NOT_FOUND');
    expect([first.cache, second.cache]).toEqual([null, null]);
  });

  it('forgets everything once an import changes the data', async () => {
    const query = `{ industries(first: 100, plan: "${owned.planId}") { totalCount } }`;
    await importPlans(connection.db, [owned.dir]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(JSON.parse((await ask(query)).body)).toEqual({ data: { industries: { totalCount: 26 } } });
    expect((await ask(query)).cache).toBe('hit');

    const industries = join(owned.dir, 'industries.yaml');
    writeFileSync(
      industries,
      `${readFileSync(industries, 'utf8')}  - name: 人工智能\n    key: artificial-intelligence\n    evidence: [大数据、人工智能、智能制造]\n`,
    );
    await importPlans(connection.db, [owned.dir]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await ask(query);
    expect([after.cache, JSON.parse(after.body)]).toEqual([
      'miss',
      { data: { industries: { totalCount: 27 } } },
    ]);
  });
});
