import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import { LIMITS } from '../domain/limits.js';
import { normalizeName } from '../domain/normalize-name.js';
import { readNeighborhood, readWholeGraph, type GraphSnapshot } from './graph-snapshot.js';
import { toCsv } from './to-csv.js';
import { toGraphml } from './to-graphml.js';
import { toJsonld } from './to-jsonld.js';

/** The export formats, in the order help and errors list them. */
export const EXPORT_FORMATS = ['graphml', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  readonly format: ExportFormat;
  /** A canonical name or alias: export this entity's neighbourhood instead of the whole graph. */
  readonly entity?: string;
  /** How many relationships out from `entity` (default 1); ignored without `entity`. */
  readonly depth?: 1 | 2;
  /** A plan id: only this plan's graph (or, with `entity`, the entity of this plan). */
  readonly plan?: string;
}

/** One file of an export: its name (no directory), its media type with charset, and its text. */
export interface ExportFile {
  readonly name: string;
  readonly contentType: string;
  readonly body: string;
}

/** An export the caller asked for wrongly (BAD_USER_INPUT) or of something that does not exist (NOT_FOUND). */
export class ExportError extends Error {
  readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND';

  constructor(code: 'BAD_USER_INPUT' | 'NOT_FOUND', message: string) {
    super(message);
    this.name = 'ExportError';
    this.code = code;
  }
}

/** The files each format writes, by name, with their media types. */
export const EXPORT_FILES = {
  'graph.graphml': { format: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  'nodes.csv': { format: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
  'edges.csv': { format: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
  'indicators.csv': { format: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
  'graph.jsonld': { format: 'jsonld', contentType: 'application/ld+json; charset=utf-8' },
} as const satisfies Record<string, { format: ExportFormat; contentType: string }>;
export type ExportFileName = keyof typeof EXPORT_FILES;

/**
 * Exports the whole graph (every plan, or `plan`) or one entity's neighbourhood to `depth`, with the curated
 * relationships among the included entities and (CSV, JSON-LD) the indicators measuring them. GraphML writes
 * `graph.graphml`, CSV `nodes.csv`, `edges.csv` and `indicators.csv`, JSON-LD `graph.jsonld`. Holds no state:
 * calls may run concurrently. Rejects with ExportError: BAD_USER_INPUT for a bad option, NOT_FOUND for an
 * unknown entity or plan; database errors pass through.
 */
export async function exportGraph(db: Db, options: ExportOptions): Promise<ExportFile[]> {
  // Note: the options are typed, but a CLI or a JavaScript caller may pass anything; each is checked.
  const { format, depth = 1 } = options;
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(format)) {
    throw new ExportError('BAD_USER_INPUT', `format must be one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  if (!isDepth(depth)) throw new ExportError('BAD_USER_INPUT', 'depth must be 1 or 2.');
  const planId = options.plan === undefined ? null : argument(options.plan, 'plan');
  const name = options.entity === undefined ? null : argument(options.entity, 'entity');
  if (planId !== null && (await db.read(queries.plansByIds, { ids: [planId] })).length === 0) {
    throw new ExportError('NOT_FOUND', `No plan has the id "${planId}".`);
  }
  if (name === null) return render(await readWholeGraph(db, { planId }), format);
  const snapshot = await readNeighborhood(db, { name, planId, depth });
  if (snapshot === null) {
    const where = planId === null ? '' : ` in plan "${planId}"`;
    throw new ExportError('NOT_FOUND', `No entity is named "${name}"${where}.`);
  }
  return render(snapshot, format);
}

function isDepth(value: unknown): value is 1 | 2 {
  return value === 1 || value === 2;
}

function render(snapshot: GraphSnapshot, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'graphml':
      return [file('graph.graphml', toGraphml(snapshot))];
    case 'csv': {
      const tables = toCsv(snapshot);
      return [
        file('nodes.csv', tables.nodes),
        file('edges.csv', tables.edges),
        file('indicators.csv', tables.indicators),
      ];
    }
    case 'jsonld':
      return [file('graph.jsonld', toJsonld(snapshot))];
  }
}

function file(name: ExportFileName, body: string): ExportFile {
  return { name, contentType: EXPORT_FILES[name].contentType, body };
}

/**
 * A name or id argument, NFKC-normalised and trimmed as names are stored: not blank, and no longer than the API
 * allows a name argument to be.
 */
function argument(value: string, argumentName: string): string {
  const normalized = normalizeName(value);
  if (normalized === '') throw new ExportError('BAD_USER_INPUT', `${argumentName} must not be empty.`);
  if (normalized.length > LIMITS.nameLength) {
    throw new ExportError(
      'BAD_USER_INPUT',
      `${argumentName} is longer than ${LIMITS.nameLength} characters.`,
    );
  }
  return normalized;
}
