import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/db.js';
import { createDriver } from '../../src/db/driver.js';
import { createFormatError } from '../../src/graphql/errors.js';
import { badUserInput } from '../../src/read/errors.js';
import type { Logger } from '../../src/logger.js';
import { freePort } from '../../src/neo4j/free-port.js';
import { createTestServer } from '../helpers/execute.js';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string) => {
    lines.push(message);
  };
  return { lines, debug: push, info: push, warn: push, error: push };
}

describe('formatError', () => {
  it('passes a coded GraphQLError through, without a stack trace', () => {
    const error = badUserInput('No industry named "x".', 'name');
    const format = createFormatError(recordingLogger());
    expect(
      format({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at …'] } }, error),
    ).toEqual({
      message: 'No industry named "x".',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'name' },
    });
  });

  it('masks anything else and logs it', () => {
    const logger = recordingLogger();
    const original = new Neo4jError(
      "Invalid input 'MATCH': expected …",
      'Neo.ClientError.Statement.SyntaxError',
      'gql',
      'desc',
    );
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['plans'] });
    expect(createFormatError(logger)({ message: wrapped.message, path: ['plans'] }, wrapped)).toEqual({
      message: 'Unexpected error.',
      path: ['plans'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logger.lines.join('\n')).toContain('Invalid input');
  });
});

describe('a database that is gone', () => {
  let server: Awaited<ReturnType<typeof createTestServer>>;
  let driver: ReturnType<typeof createDriver>;
  beforeAll(async () => {
    driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}` });
    server = await createTestServer(createDb(driver, undefined));
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('gives SERVICE_UNAVAILABLE, with no driver message', async () => {
    expect(await server.execute('{ plans { id } }')).toEqual({
      data: null,
      errors: [
        {
          message: 'The database is unavailable; try again shortly.',
          path: ['plans'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
  });
});
