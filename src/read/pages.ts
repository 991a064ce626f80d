import { badUserInput } from './errors.js';
import type { ConnectionModel, EntityModel } from '../domain/models.js';
import { checkedCount } from './arguments.js';
import { LIMITS } from '../domain/limits.js';

/**
 * A Relay page with keyset cursors: the cursor is the last id seen, so page 500 costs an index seek like page 1
 * (no OFFSET). `fetch(after, limit)` returns rows in id order after `after`.
 */
export async function keysetPage(
  list: string,
  first: number | null | undefined,
  after: string | null | undefined,
  fetch: (after: string | null, limit: number) => Promise<EntityModel[]>,
  count: () => Promise<number>,
): Promise<ConnectionModel<EntityModel>> {
  const size = checkedCount(first, 20, LIMITS.pageSize, 'first');
  const afterId = after === null || after === undefined ? null : decodeCursor(list, after);
  const rows = await fetch(afterId, size + 1);
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(list, node.id), node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => (total ??= count()),
  };
}

/** The cursor a list gives the item with this id (exported for the benchmark, which jumps to deep pages). */
export function encodeCursor(list: string, id: string): string {
  return Buffer.from(`${list}\u0000${id}`, 'utf8').toString('base64url');
}

/** The position a cursor of a ranked list holds (a ranking has no key to seek by, so its pages go by position). */
export function decodePosition(list: string, cursor: string): number {
  const position = Number(decodeCursor(list, cursor));
  if (!Number.isSafeInteger(position) || position < 0) {
    throw badUserInput(`after is not a cursor of the ${list} list.`, 'after');
  }
  return position;
}

function decodeCursor(list: string, cursor: string): string {
  const [prefix, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('\u0000');
  if (prefix !== list || id === undefined || id === '') {
    throw badUserInput(`after is not a cursor of the ${list} list.`, 'after');
  }
  return id;
}
