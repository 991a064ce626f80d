import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/connect.js';
import { countingDb, type CountingDb } from '../helpers/counting-db.js';
import { createTestServer, withoutLocations } from '../helpers/execute.js';
import { connectToTestNeo4j } from '../helpers/test-neo4j.js';

const ZHUJI = {
  id: 'zhuji-2021',
  title: '诸暨市人才发展“十四五”规划',
  issuer: '诸暨市人民政府办公室',
  documentNumber: '诸政办发〔2021〕40号',
  issuedOn: '2021-10-12',
  periodStart: 2021,
  periodEnd: 2025,
  region: '诸暨市',
};

describe('Plan', () => {
  let connection: Connection;
  let db: CountingDb;
  let server: Awaited<ReturnType<typeof createTestServer>>;

  beforeAll(async () => {
    connection = await connectToTestNeo4j();
    db = countingDb(connection.db);
    server = await createTestServer(db);
  });
  afterAll(async () => {
    await server.stop();
    await connection.driver.close();
  });

  it('lists the plans read from Neo4j', async () => {
    const fields = Object.keys(ZHUJI).join(' ');
    expect(await server.execute(`{ plans { ${fields} } }`)).toEqual({ data: { plans: [ZHUJI] } });
  });

  it('finds a plan by id, with the hash of its source text', async () => {
    const result = await server.execute('query ($id: ID!) { plan(id: $id) { id title sourceSha256 } }', {
      id: 'zhuji-2021',
    });
    expect(result).toEqual({
      data: {
        plan: {
          id: 'zhuji-2021',
          title: ZHUJI.title,
          sourceSha256: '1b83b25d0e4ab6e8d527a9cc68b321ee6c9464a9510a2fa4d0297fde15f49ceb',
        },
      },
    });
  });

  it('returns null for an unknown id, with NOT_FOUND naming the plans there are', async () => {
    expect(withoutLocations(await server.execute('{ plan(id: "nowhere-1999") { id } }'))).toEqual({
      data: { plan: null },
      errors: [
        {
          message: 'No plan has the id "nowhere-1999" (id). Did you mean: zhuji-2021?',
          path: ['plan'],
          extensions: { code: 'NOT_FOUND', argumentName: 'id', suggestions: ['zhuji-2021'] },
        },
      ],
    });
  });

  it('batches lookups in one operation into one round trip', async () => {
    db.reset();
    const result = await server.execute(
      '{ a: plan(id: "zhuji-2021") { id } b: plan(id: "x") { id } c: plan(id: "zhuji-2021") { id } }',
    );
    expect(withoutLocations(result)).toEqual({
      data: { a: { id: 'zhuji-2021' }, b: null, c: { id: 'zhuji-2021' } },
      errors: [
        {
          message: 'No plan has the id "x" (id). Did you mean: zhuji-2021?',
          path: ['b'],
          extensions: { code: 'NOT_FOUND', argumentName: 'id', suggestions: ['zhuji-2021'] },
        },
      ],
    });
    // One statement for the three lookups; the miss reads the plan ids once more, for its suggestions.
    expect(db.calls).toEqual(['read/plans-by-ids', 'read/plans-all']);
  });
});
