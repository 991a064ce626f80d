import type { Driver } from 'neo4j-driver';

/** One statement sent through the driver, as sent: its text and parameters. */
export interface SentStatement {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/**
 * The real driver, counting and recording the Cypher statements sent through it (executeQuery, session.run, and
 * tx.run inside managed or explicit transactions): how the report measures round trips per request for every
 * system alike, and how bench/plans.ts learns what each system asks Neo4j.
 */
export function countingDriver(driver: Driver): {
  driver: Driver;
  statements: () => number;
  /** The statements sent since the last reset, in order. */
  sent: () => readonly SentStatement[];
  reset: () => void;
} {
  let sent: SentStatement[] = [];
  const record = (args: unknown[]) => {
    const [query, params] = args;
    // The driver takes the text, or `{ text, parameters }`.
    const statement =
      typeof query === 'string'
        ? { text: query, params: params }
        : {
            text: (query as { text: string }).text,
            params: (query as { parameters?: unknown }).parameters ?? params,
          };
    sent.push({ text: statement.text, params: (statement.params ?? {}) as Record<string, unknown> });
  };
  const countRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        const fn = value as (...args: unknown[]) => unknown;
        if (key === 'run') {
          return (...args: unknown[]) => {
            record(args);
            return fn.apply(object, args);
          };
        }
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            fn.call(object, (tx: object) => work(countRuns(tx)), ...rest);
        }
        if (key === 'beginTransaction') {
          return (...args: unknown[]) => countRuns(fn.apply(object, args) as object);
        }
        return fn.bind(object);
      },
    });
  const proxy = new Proxy(driver, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (key === 'executeQuery') {
        return (...args: unknown[]) => {
          record(args);
          return fn.apply(object, args);
        };
      }
      if (key === 'session') return (...args: unknown[]) => countRuns(fn.apply(object, args) as object);
      return fn.bind(object);
    },
  });
  return {
    driver: proxy,
    statements: () => sent.length,
    sent: () => sent,
    reset: () => {
      sent = [];
    },
  };
}
