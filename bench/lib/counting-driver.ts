import type { Driver } from 'neo4j-driver';

/**
 * The real driver, counting the Cypher statements sent through it (executeQuery, session.run, and tx.run inside
 * managed or explicit transactions): how the report measures round trips per request for every system alike.
 */
export function countingDriver(driver: Driver): {
  driver: Driver;
  statements: () => number;
  reset: () => void;
} {
  let count = 0;
  const countRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        const fn = value as (...args: unknown[]) => unknown;
        if (key === 'run') {
          return (...args: unknown[]) => {
            count++;
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
          count++;
          return fn.apply(object, args);
        };
      }
      if (key === 'session') return (...args: unknown[]) => countRuns(fn.apply(object, args) as object);
      return fn.bind(object);
    },
  });
  return {
    driver: proxy,
    statements: () => count,
    reset: () => {
      count = 0;
    },
  };
}
