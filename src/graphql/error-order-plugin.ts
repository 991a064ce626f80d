import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Errors in the order of the answer's own fields, not the order their fields happened to finish: root fields
 * read concurrently (each its own compiled statement), so two runs of one operation would otherwise list the
 * same errors differently, and a client diffing answers, or a cache, would see a change that is not one.
 */
export function errorOrderPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          if (result.errors === undefined || result.errors.length < 2) return Promise.resolve();
          const positions = new Map(result.errors.map((e) => [e, positionOf(result.data, e.path ?? [])]));
          result.errors = [...result.errors].sort((a, b) =>
            compare(positions.get(a) ?? [], positions.get(b) ?? []),
          );
          return Promise.resolve();
        },
      }),
  };
}

/** Where a path lies in the answer: at each step the index of its key (or the list index). */
function positionOf(data: unknown, path: readonly (string | number)[]): number[] {
  const position: number[] = [];
  let node = data;
  for (const step of path) {
    if (typeof step === 'number') {
      position.push(step);
      node = Array.isArray(node) ? (node[step] as unknown) : undefined;
    } else {
      const keys = node !== null && typeof node === 'object' ? Object.keys(node) : [];
      const index = keys.indexOf(step);
      position.push(index === -1 ? keys.length : index);
      node = (node as Record<string, unknown> | undefined)?.[step];
    }
  }
  return position;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
