import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';

describe('readConfig', () => {
  it('defaults to the embedded Neo4j in .data/neo4j and port 4000', () => {
    expect(readConfig({})).toEqual({
      port: 4000,
      host: undefined,
      production: false,
      logLevel: 'info',
      neo4j: undefined,
      embedded: {
        dataDir: `${projectRoot}.data/neo4j`,
        boltPort: 0,
        httpPort: 0,
        heap: '512m',
        pageCache: '128m',
      },
      pool: { maxSize: 50, acquisitionTimeoutMs: 5_000 },
      connectTimeoutMs: 5_000,
      introspection: true,
      plansDir: `${projectRoot}data/plans`,
      responseCacheBytes: 64 * 1024 * 1024,
      dataVersionCheckMs: 5_000,
      warmUp: true,
      faultPauseBeforeCommitMs: 0,
    });
  });

  it('uses an external Neo4j when NEO4J_URI is set, with neo4j:// routing', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'plans',
      PORT: '8080',
      NODE_ENV: 'production',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'reader',
      password: 'secret',
      database: 'plans',
    });
    expect([config.port, config.production]).toEqual([8080, true]);
  });

  it('sizes the driver’s pool and its wait for a connection, within bounds', () => {
    expect(readConfig({ NEO4J_MAX_POOL_SIZE: '2', NEO4J_ACQUISITION_TIMEOUT_MS: '1000' }).pool).toEqual({
      maxSize: 2,
      acquisitionTimeoutMs: 1_000,
    });
    expect(() => readConfig({ NEO4J_MAX_POOL_SIZE: '0' })).toThrow(ConfigError);
  });

  it('reports every bad variable at once', () => {
    const read = () =>
      readConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://localhost:7474',
        NEO4J_EMBEDDED_HEAP: 'lots',
        LOG_LEVEL: 'loud',
      });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      new ConfigError([
        'LOG_LEVEL must be one of debug, info, warn, error',
        'NEO4J_URI must start with one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://, got "http://localhost:7474"',
        'PORT must be an integer from 0 to 65535, got "eighty"',
        'NEO4J_EMBEDDED_HEAP must be a size such as 512m or 1g, got "lots"',
      ]),
    );
  });
});
