import { isAbsolute, resolve } from 'node:path';
import { projectRoot } from './paths.js';

/** Everything the app reads from its environment; `readConfig` is the only reader of `process.env`. */
export interface Config {
  /** HTTP port of the GraphQL server (`PORT`, default 4000; 0 picks a free port). */
  readonly port: number;
  /** Interface to bind (`HOST`); undefined binds every interface, as Node does. */
  readonly host: string | undefined;
  readonly production: boolean;
  readonly logLevel: LogLevel;
  /** An external Neo4j (`NEO4J_URI` …); undefined means: start the embedded one. */
  readonly neo4j: ExternalNeo4jConfig | undefined;
  readonly embedded: EmbeddedNeo4jConfig;
  /** The driver's connection pool (NEO4J_MAX_POOL_SIZE, NEO4J_ACQUISITION_TIMEOUT_MS). */
  readonly pool: PoolConfig;
  /**
   * How long start-up waits for an external Neo4j to answer before it gives up naming the URI, in ms
   * (NEO4J_CONNECT_TIMEOUT_MS, default 5 s, so a mistyped NEO4J_URI ends `npm start` well within 15 s); 0 waits
   * for ever, /healthz answering and /readyz saying 503 meanwhile: for a server started before its database.
   */
  readonly connectTimeoutMs: number;
  /**
   * Introspection and the Sandbox landing page (GRAPHQL_INTROSPECTION, default true: the data is public and
   * analysts use Sandbox); false turns both off.
   */
  readonly introspection: boolean;
  /** The folder whose plan folders `npm start` imports (PLAN_GRAPH_PLANS_DIR, default data/plans). */
  readonly plansDir: string;
  /** Whole answers kept in memory until the data changes (RESPONSE_CACHE_MB, 0 turns it off; default 64). */
  readonly responseCacheBytes: number;
  /** How often the server checks whether an import changed the data (DATA_VERSION_CHECK_MS, default 5000). */
  readonly dataVersionCheckMs: number;
  /**
   * Before it reports ready, the server asks the example questions (schema/operations/questions.graphql) once
   * (WARM_UP, default true), so Neo4j has planned their statements and the first answers after ready are as fast
   * as later ones.
   */
  readonly warmUp: boolean;
  /**
   * Fault testing only: the importer waits this long inside its open transaction before committing, so a
   * test can kill it mid-write (PLAN_GRAPH_FAULT_PAUSE_BEFORE_COMMIT_MS; 0, the default, never waits).
   */
  readonly faultPauseBeforeCommitMs: number;
}

export interface PoolConfig {
  /** Connections to Neo4j at most (default 50): as many reads run at once. */
  readonly maxSize: number;
  /** How long a read waits for a free connection before it fails SERVICE_UNAVAILABLE, in ms (default 5000). */
  readonly acquisitionTimeoutMs: number;
}

export interface ExternalNeo4jConfig {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** undefined: the user's home database. */
  readonly database: string | undefined;
}

export interface EmbeddedNeo4jConfig {
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly boltPort: number;
  /** 0 keeps Neo4j's HTTP API off. */
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Thrown with every problem in the environment at once, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'on', 'yes'].includes(raw)) return true;
    if (['false', '0', 'off', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };
  const size = (name: string, fallback: string): string => {
    const raw = text(name) ?? fallback;
    if (!/^[0-9]+[kmg]?$/i.test(raw))
      problems.push(`${name} must be a size such as 512m or 1g, got "${raw}"`);
    return raw;
  };

  const logLevel = (text('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const uri = text('NEO4J_URI');
  if (uri !== undefined) {
    const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
    if (scheme === undefined || !URI_SCHEMES.includes(scheme)) {
      problems.push(
        `NEO4J_URI must start with one of ${URI_SCHEMES.map((s) => `${s}://`).join(', ')}, got "${uri}"`,
      );
    }
  }
  const dataDir = text('NEO4J_EMBEDDED_DATA_DIR') ?? '.data/neo4j';
  const plansDir = text('PLAN_GRAPH_PLANS_DIR') ?? 'data/plans';

  const config: Config = {
    port: integer('PORT', 4000, 0, 65535),
    host: text('HOST'),
    production: env['NODE_ENV'] === 'production',
    logLevel,
    neo4j:
      uri === undefined
        ? undefined
        : {
            uri,
            username: text('NEO4J_USERNAME') ?? 'neo4j',
            password: env['NEO4J_PASSWORD'] ?? '',
            database: text('NEO4J_DATABASE'),
          },
    embedded: {
      dataDir: isAbsolute(dataDir) ? dataDir : resolve(projectRoot, dataDir),
      boltPort: integer('NEO4J_EMBEDDED_BOLT_PORT', 0, 0, 65535),
      httpPort: integer('NEO4J_EMBEDDED_HTTP_PORT', 0, 0, 65535),
      heap: size('NEO4J_EMBEDDED_HEAP', '512m'),
      pageCache: size('NEO4J_EMBEDDED_PAGE_CACHE', '128m'),
    },
    pool: {
      maxSize: integer('NEO4J_MAX_POOL_SIZE', 50, 1, 1_000),
      acquisitionTimeoutMs: integer('NEO4J_ACQUISITION_TIMEOUT_MS', 5_000, 100, 600_000),
    },
    connectTimeoutMs: integer('NEO4J_CONNECT_TIMEOUT_MS', 5_000, 0, 3_600_000),
    introspection: flag('GRAPHQL_INTROSPECTION', true),
    plansDir: isAbsolute(plansDir) ? plansDir : resolve(projectRoot, plansDir),
    responseCacheBytes: integer('RESPONSE_CACHE_MB', 64, 0, 4096) * 1024 * 1024,
    dataVersionCheckMs: integer('DATA_VERSION_CHECK_MS', 5_000, 50, 3_600_000),
    warmUp: flag('WARM_UP', true),
    faultPauseBeforeCommitMs: integer('PLAN_GRAPH_FAULT_PAUSE_BEFORE_COMMIT_MS', 0, 0, 600_000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
