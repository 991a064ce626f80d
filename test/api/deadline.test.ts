import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/connect.js';
import { DeadlineExceededError } from '../../src/db/db.js';
import { useHttpApi } from '../helpers/http-api.js';
import { connectToTestNeo4j } from '../helpers/test-neo4j.js';
import { SLOW_READ_MARKER, testQueries } from '../helpers/test-queries.js';

describe('a read past its deadline', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connectToTestNeo4j();
  });
  afterAll(async () => {
    await connection.driver.close();
  });

  it('rejects at the deadline, and Neo4j stops the query itself (no transaction left running)', async () => {
    const started = Date.now();
    await expect(
      connection.db.until(started + 500).read(testQueries.slowRead, { n: 1e12 }),
    ).rejects.toBeInstanceOf(DeadlineExceededError);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(3_000);
    // Neo4j's transaction timeout (the same deadline) ends the query on the server too.
    let running: unknown[] = ['?'];
    for (let i = 0; i < 50 && running.length > 0; i += 1) {
      running = await connection.db.read(testQueries.transactionsMatching, { marker: SLOW_READ_MARKER });
      if (running.length > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(running).toEqual([]);
  });
});

describe('a request past its deadline', () => {
  const api = useHttpApi({ deadlineMs: 0 });

  it('answers 504 with DEADLINE_EXCEEDED and no Neo4j detail', async () => {
    const response = await api.post({ query: '{ industry(name: "精密制造") { name } }' });
    expect(response.status).toBe(504);
    expect(response.json()).toEqual({
      data: { industry: null },
      errors: [
        {
          message: 'The database did not answer within the request deadline; try again shortly.',
          path: ['industry'],
          extensions: { code: 'DEADLINE_EXCEEDED' },
        },
      ],
    });
  });
});
