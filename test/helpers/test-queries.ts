import { cypher } from '../../src/db/query.js';

/** Cypher only the tests run (cypher/test/). */
export const testQueries = {
  slowRead: cypher<{ n: number }, { n: number }>('test/slow-read'),
  graphSize: cypher<Record<string, never>, { nodes: number; relationships: number }>('test/graph-size'),
  transactionsMatching: cypher<{ marker: string }, { transactionId: string }>('test/transactions-matching'),
};

/** The marker in slow-read.cypher's comment. */
export const SLOW_READ_MARKER = 'plan-graph-test-slow-read';
