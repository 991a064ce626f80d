import type { SnapshotEvidence } from './graph-snapshot.js';

/** Joins several values in one GraphML attribute or CSV cell: aliases, quotes, section paths. */
export const LIST_SEPARATOR = ' | ';

/** The quotes, in evidence order, joined. */
export function quotes(evidence: readonly SnapshotEvidence[]): string {
  return evidence.map((e) => e.quote).join(LIST_SEPARATOR);
}

/** The path of each quote's section, joined: the i-th path is where the i-th quote is (paths may repeat). */
export function sectionPaths(evidence: readonly SnapshotEvidence[]): string {
  return evidence.map((e) => e.section.path).join(LIST_SEPARATOR);
}
