import { cypher } from '../../src/db/cypher-file.js';

/** Cypher only the tests run (cypher/test/). */
export const testQueries = {
  slowRead: cypher<{ n: number }, { n: number }>('test/slow-read'),
  graphSize: cypher<Record<string, never>, { nodes: number; relationships: number }>('test/graph-size'),
  exportCounts: cypher<Record<string, never>, { nodes: number; edges: number; indicators: number }>(
    'test/export-counts',
  ),
  basesByType: cypher<Record<string, never>, { type: string; basis: string | null; count: number }>(
    'test/bases-by-type',
  ),
  quotesOfPlan: cypher<{ planId: string }, { links: number; own: number }>('test/quotes-of-plan'),
  /** Proves that readiness notices a missing constraint (applyGraphSchema restores it). */
  constraintPlanIdDrop: cypher<Record<string, never>, never>('test/constraint-plan-id-drop'),
  transactionsMatching: cypher<{ marker: string }, { transactionId: string }>('test/transactions-matching'),
};

/** The marker in slow-read.cypher's comment. */
export const SLOW_READ_MARKER = 'plan-graph-test-slow-read';
