import { createHash } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { queries } from '../../db/queries.js';

export interface GraphDigest {
  /** SHA-256 over every node and relationship of the plan, independent of internal ids and order. */
  readonly hash: string;
  /** Nodes by label set (e.g. `Entity:Industry`) and relationships by type. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * What a plan (or, with null, the whole graph) looks like right now: proves an import idempotent, or a failed
 * one harmless.
 */
export async function graphDigest(db: Db, planId: string | null): Promise<GraphDigest> {
  const nodes = await db.read(queries.graphDigestNodes, { planId });
  const relationships = await db.read(queries.graphDigestRelationships, { planId });
  const counts: Record<string, number> = {};
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  const lines = [
    ...nodes.map((n) => {
      const labels = [...n.labels].sort().join(':');
      count(labels);
      return `N ${labels} ${canonical(n.props)}`;
    }),
    ...relationships.map((r) => {
      count(r.type);
      return `R ${r.type} ${r.fromKey} ${r.toKey} ${canonical(r.props)}`;
    }),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { hash: hash.digest('hex'), counts: Object.fromEntries(Object.entries(counts).sort()) };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
