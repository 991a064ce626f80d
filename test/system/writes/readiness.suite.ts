import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../../src/db/connect.js';
import { createDb } from '../../../src/db/db.js';
import { createDriver } from '../../../src/db/driver.js';
import { applyGraphSchema } from '../../../src/db/graph-schema.js';
import { testQueries } from '../../helpers/test-queries.js';
import { freePort } from '../../../src/neo4j/free-port.js';
import { checkReadiness } from '../../../src/http/readiness.js';
import { connectToTestNeo4j } from '../../helpers/test-neo4j.js';

describe('checkReadiness', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connectToTestNeo4j();
  });
  afterAll(async () => {
    await applyGraphSchema(connection.db);
    await connection.driver.close();
  });

  it('is ready when Neo4j answers and every constraint and index is online', async () => {
    await applyGraphSchema(connection.db);
    expect(await checkReadiness(connection.db, 5_000)).toEqual({ ready: true });
  });

  it('names a missing constraint', async () => {
    await connection.db.write(testQueries.constraintPlanIdDrop, {});
    expect(await checkReadiness(connection.db, 5_000)).toEqual({
      ready: false,
      reason: 'indexes not online: plan_id',
    });
    await applyGraphSchema(connection.db);
    expect(await checkReadiness(connection.db, 5_000)).toEqual({ ready: true });
  });

  it('is not ready when nothing listens at the URI', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}` });
    try {
      const readiness = await checkReadiness(createDb(driver, undefined), 2_000);
      expect(readiness).toMatchObject({ ready: false, reason: 'database unreachable' });
    } finally {
      await driver.close();
    }
  });
});
