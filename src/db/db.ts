import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { parametersFor, type Query } from './cypher-file.js';

/** Runs one registered query inside a transaction. */
export type Run = <Params, Row>(query: Query<Params, Row>, params: Params) => Promise<Row[]>;

/**
 * The app's only door to Neo4j: run a registered query, get plain rows back. Reads are routed to readers on a
 * cluster, writes to the leader. `read` is one auto-commit query, retried here on transient errors; `write` is a
 * managed transaction (bookmarked, retried by the driver); `writeTransaction` runs several queries
 * all-or-nothing.
 */
export interface Db {
  read<Params, Row>(query: Query<Params, Row>, params: Params): Promise<Row[]>;
  write<Params, Row>(query: Query<Params, Row>, params: Params): Promise<Row[]>;
  /**
   * One write transaction: it commits only if `work` resolves. The driver may retry `work` from the start on
   * a transient error, so `work` must do nothing outside the transaction that cannot be repeated.
   */
  writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T>;
  /**
   * The same database for one request: each read ends by `deadlineAt` (epoch ms), Neo4j is told to stop the
   * query then too (transaction timeout), and retries stop early. Past it, reads reject with
   * DeadlineExceededError.
   */
  until(deadlineAt: number): Db;
  /**
   * When a read last waited past the acquisition timeout for a connection, every one of the pool busy (epoch
   * ms; 0: never). Shared by every `until` copy: the pool is the driver's.
   */
  poolExhaustedAt(): number;
}

/** Whether a driver error says the pool had no free connection in time. */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Neo4jError && /Connection acquisition timed out/.test(error.message);
}

/** A read did not finish before its request's deadline. */
export class DeadlineExceededError extends Error {
  constructor() {
    super('The request deadline passed before the database answered.');
    this.name = 'DeadlineExceededError';
  }
}

const rows = <Row>(records: Neo4jRecord[]): Row[] => records.map((record) => record.toObject() as Row);

/**
 * Runs `start` with stack traces off. Note: the driver records the caller's stack for every query it starts
 * (`new Error().stack`, about 4% of a one-statement request's CPU in bench/profile.ts) to decorate a failure
 * later; a read's failures are typed and logged by the request's own error, so it records none.
 */
function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long a read keeps retrying a transient failure (a leader switch, a restarting server) before giving up. */
export const READ_RETRY_MS = 3_000;

/** The longest a read may run when no request deadline applies (imports, readiness, tools). */
export const READ_TIMEOUT_MS = 30_000;

export function createDb(
  driver: Driver,
  database: string | undefined,
  deadlineAt?: number,
  pool: { exhaustedAt: number } = { exhaustedAt: 0 },
): Db {
  const target = database === undefined ? {} : { database };
  // Note: an auto-commit read is one network round trip (RUN and PULL pipelined); a managed transaction adds
  // BEGIN and COMMIT, and executeQuery's bookmark bookkeeping on top: about 1.1 ms against 2.8 ms a query here.
  // Reads need neither: the graph changes only on import.
  const readOnce = async <Params, Row>(
    query: Query<Params, Row>,
    params: Params,
    endAt: number,
  ): Promise<Row[]> => {
    const timeoutMs = endAt - Date.now();
    if (timeoutMs <= 0) throw new DeadlineExceededError();
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...target });
    let timer: NodeJS.Timeout | undefined;
    // Note: Neo4j enforces the transaction timeout itself, but a hung server or a dead socket never answers, so
    // the deadline is also kept here; the abandoned session closes in the background.
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new DeadlineExceededError());
      }, timeoutMs);
    });
    const work = withoutStackTrace(() =>
      session.run(query.text, parametersFor(query, params), { timeout: Math.ceil(timeoutMs) }),
    );
    try {
      return rows<Row>((await Promise.race([work, expired])).records);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  };
  const read = async <Params, Row>(query: Query<Params, Row>, params: Params): Promise<Row[]> => {
    const started = Date.now();
    const endAt = deadlineAt ?? started + READ_TIMEOUT_MS;
    const retryUntil = Math.min(started + READ_RETRY_MS, endAt);
    let unavailable: Neo4jError | undefined;
    for (let delay = 50; ; delay = Math.min(delay * 2, 1_000)) {
      try {
        return await readOnce(query, params, endAt);
      } catch (error) {
        if (isPoolExhausted(error)) pool.exhaustedAt = Date.now();
        // A database that failed and then stopped answering is unavailable, not slow: say what was seen first.
        if (error instanceof DeadlineExceededError && unavailable !== undefined) throw unavailable;
        if (!isRetriable(error) || Date.now() + delay > retryUntil) throw error;
        unavailable = error;
        await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + Math.random() * 0.4)));
      }
    }
  };
  return {
    read,
    write: async (query, params) => {
      const { records } = await driver.executeQuery(query.text, parametersFor(query, params), {
        routing: neo4j.routing.WRITE,
        ...target,
      });
      return rows(records);
    },
    writeTransaction: async (work) => {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, ...target });
      try {
        return await session.executeWrite((tx: ManagedTransaction) =>
          work(async (query, params) =>
            rows((await tx.run(query.text, parametersFor(query, params))).records),
          ),
        );
      } finally {
        await session.close();
      }
    },
    until: (at) => createDb(driver, database, at, pool),
    poolExhaustedAt: () => pool.exhaustedAt,
  };
}

function isRetriable(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && error.retryable;
}
