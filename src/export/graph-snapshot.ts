import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type { EvidenceModel, IndicatorModel, RelationModel } from '../domain/models.js';

/** A part of a plan that evidence cites. */
export interface SnapshotSection {
  readonly id: string;
  readonly planId: string;
  /** e.g. `五/(一)`. */
  readonly path: string;
  readonly title: string;
}

/** A quote from the plan: `start`..`end` in the plan's text (UTF-16 code units), inside `section`. */
export interface SnapshotEvidence {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly section: SnapshotSection;
}

export interface SnapshotNode {
  readonly id: string;
  readonly planId: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly englishName: string | null;
}

/** A curated relationship between two nodes of the snapshot, with the quotes that state it. */
export interface SnapshotEdge {
  readonly type: string;
  /** How the quotes support it (the API's RelationBasis). */
  readonly basis: string;
  readonly fromId: string;
  readonly toId: string;
  readonly evidence: readonly SnapshotEvidence[];
}

/** An indicator as stored (the API's IndicatorModel), with what it measures and its quotes. */
export interface SnapshotIndicator extends Pick<
  IndicatorModel,
  | 'id'
  | 'planId'
  | 'name'
  | 'category'
  | 'unit'
  | 'baseline'
  | 'baselineYear'
  | 'target'
  | 'targetMax'
  | 'targetYear'
  | 'fromTable'
  | 'increment'
  | 'comparator'
  | 'perYear'
> {
  /** Ids of the entities it measures. */
  readonly measures: readonly string[];
  readonly evidence: readonly SnapshotEvidence[];
}

/**
 * What an export writes, read once: nodes by id, edges by (source, type, target), indicators in plan then table
 * order. Every edge's ends are among the nodes.
 */
export interface GraphSnapshot {
  readonly nodes: readonly SnapshotNode[];
  readonly edges: readonly SnapshotEdge[];
  readonly indicators: readonly SnapshotIndicator[];
}

/** Whose graph: every plan's, or one plan's (`planId`). */
export interface WholeGraphScope {
  readonly planId: string | null;
}

/** Whose neighbourhood: the entity named `name` (already normalised), `depth` curated relationships out. */
export interface NeighborhoodScope {
  readonly name: string;
  readonly planId: string | null;
  readonly depth: 1 | 2;
}

// Note: the neighbourhood query caps its size for the API; an export wants every member, and the graph holds a
// few hundred entities, so this cap is never reached.
const NEIGHBORHOOD_CAP = 1_000_000;

/** The whole graph, or every plan's graph: 2 round trips (three reads at once, then the cited sections). */
export async function readWholeGraph(db: Db, scope: WholeGraphScope): Promise<GraphSnapshot> {
  const { planId } = scope;
  const [entities, relations, indicators] = await Promise.all([
    db.read(queries.exportEntities, { planId }),
    db.read(queries.exportRelations, { planId }),
    db.read(queries.exportIndicators, { planId, entityIds: null }),
  ]);
  return withSections(
    db,
    entities.map(({ entity }) => ({
      ...entity,
      aliases: entity.aliases ?? [],
      englishName: entity.englishName ?? null,
    })),
    relations.map(({ relation }) => relation),
    indicators,
  );
}

/**
 * The neighbourhood of the entity with this name or alias (the newest plan's, unless `planId`): the entity,
 * those up to `depth` relationships away, every curated relationship among them, and the indicators measuring
 * any of them. Null when no entity has the name.
 */
export async function readNeighborhood(db: Db, scope: NeighborhoodScope): Promise<GraphSnapshot | null> {
  const [found] = await db.read(queries.neighborhood, {
    ...scope,
    limit: NEIGHBORHOOD_CAP,
    bases: null,
    withRelations: true,
  });
  if (found === undefined) return null;
  if (found.relations === null) throw new Error('neighborhood: relationships asked for but not read');
  const { relations } = found;
  const nodes = [found.center, ...found.nodes]
    .map(({ id, planId, kind, name, aliases, englishName }) => ({
      id,
      planId,
      kind,
      name,
      aliases,
      englishName: englishName ?? null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indicators = await db.read(queries.exportIndicators, {
    planId: null,
    entityIds: nodes.map((node) => node.id),
  });
  return withSections(db, nodes, relations, indicators);
}

type IndicatorRow = { indicator: IndicatorModel; evidence: EvidenceModel[]; measures: string[] };

/** Looks up the sections the evidence cites and puts each in place of its id. */
async function withSections(
  db: Db,
  nodes: readonly SnapshotNode[],
  relations: readonly RelationModel[],
  indicators: readonly IndicatorRow[],
): Promise<GraphSnapshot> {
  const ids = new Set([
    ...relations.flatMap((r) => r.sectionIds),
    ...indicators.flatMap((row) => row.evidence.map((e) => e.sectionId)),
  ]);
  const rows = ids.size === 0 ? [] : await db.read(queries.exportSectionsByIds, { ids: [...ids] });
  const sections = new Map(rows.map((section) => [section.id, section]));
  const section = (id: string): SnapshotSection =>
    // Note: evidence and its section are written in one transaction and deleted together, so a miss means
    // the graph is broken; the id still says where the quote came from.
    sections.get(id) ?? { id, planId: '', path: '', title: '' };
  return {
    nodes,
    edges: relations.map((r) => ({
      type: r.type,
      basis: r.basis,
      fromId: r.fromId,
      toId: r.toId,
      evidence: r.quotes.map((quote, i) => ({
        quote,
        start: r.starts[i] ?? 0,
        end: r.ends[i] ?? 0,
        section: section(r.sectionIds[i] ?? ''),
      })),
    })),
    indicators: indicators.map(({ indicator: i, evidence, measures }) => ({
      id: i.id,
      planId: i.planId,
      name: i.name,
      category: i.category,
      unit: i.unit,
      baseline: i.baseline ?? null,
      baselineYear: i.baselineYear ?? null,
      target: i.target,
      targetMax: i.targetMax ?? null,
      targetYear: i.targetYear,
      fromTable: i.fromTable,
      increment: i.increment,
      comparator: i.comparator,
      perYear: i.perYear,
      measures,
      evidence: evidence.map(({ sectionId, ...e }) => ({ ...e, section: section(sectionId) })),
    })),
  };
}
