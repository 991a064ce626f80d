import type { Db, Run } from '../../db/db.js';
import type { Query } from '../../db/cypher-file.js';
import { queries } from '../../db/queries.js';
import { normalizeName } from '../../domain/normalize-name.js';
import type { EntityRecord, Located, PlanGraph, RelationRecord } from '../plan-records.js';
import { ENTITY_LABELS } from '../../domain/vocabulary.js';

export interface WriteOptions {
  /** Called inside the open transaction, after every write and before the commit (fault tests). */
  readonly beforeCommit?: () => Promise<void>;
}

/**
 * Replaces one plan in a single transaction, so a reader sees the old plan or the new one, never a mix, and a
 * failure or a killed process leaves the old one intact (Neo4j rolls back an uncommitted transaction). The old
 * version's relationships go first, its nodes with ids are written over, everything else is created, and what the
 * new version no longer has is deleted last (plan-contents-unlink.cypher says why in that order).
 */
export async function writePlanGraph(db: Db, graph: PlanGraph, options: WriteOptions = {}): Promise<void> {
  const { planId } = graph;
  await db.writeTransaction(async (run: Run) => {
    await run(queries.planContentsUnlink, { planId });
    const { sourceText, ...plan } = graph.plan;
    await run(queries.planUpsert, {
      plan: {
        ...plan,
        planId,
        kind: 'PLAN',
        name: plan.title,
        text: sourceText,
      },
    });
    await inChunks(
      run,
      queries.sectionsCreate,
      (sections) => ({ sections }),
      graph.sections.map((s) => ({ ...s, planId })),
    );
    await inChunks(
      run,
      queries.sectionLinksCreate,
      (sections) => ({ planId, sections }),
      graph.sections.map(({ id, parentId }) => ({ id, parentId })),
    );

    const entities = graph.entities.filter((e) => e.kind !== 'PLAN');
    await inChunks(
      run,
      queries.entitiesCreate,
      (entities) => ({ entities }),
      entities.map((e) => ({
        label: ENTITY_LABELS[e.kind],
        props: {
          ...e.props,
          id: e.id,
          planId,
          kind: e.kind,
          name: e.name,
          aliases: e.aliases,
        },
      })),
    );
    await inChunks(
      run,
      queries.namesCreate,
      (names) => ({ planId, names }),
      graph.entities.flatMap((e) =>
        [...new Set(spellingsOf(e).map(normalizeName))].map((value) => ({ entityId: e.id, value })),
      ),
    );
    await inChunks(
      run,
      queries.entityEvidenceCreate,
      (evidence) => ({ evidence }),
      graph.entities.flatMap((e) => evidenceRows(e.id, e.evidence)),
    );

    await inChunks(
      run,
      queries.indicatorsCreate,
      (indicators) => ({ indicators }),
      graph.indicators.map(({ evidence: _evidence, ...i }) => ({ ...i, planId })),
    );
    await inChunks(
      run,
      queries.indicatorEvidenceCreate,
      (evidence) => ({ evidence }),
      graph.indicators.flatMap((i) => evidenceRows(i.id, i.evidence)),
    );
    await inChunks(
      run,
      queries.observationsCreate,
      (observations) => ({ observations }),
      graph.observations.map(({ evidence: _evidence, ...o }) => ({ ...o, planId })),
    );
    await inChunks(
      run,
      queries.observationEvidenceCreate,
      (evidence) => ({ evidence }),
      graph.observations.flatMap((o) => evidenceRows(o.id, o.evidence)),
    );

    const byType = (types: readonly string[]) =>
      relationRows(
        graph.relations.filter((r) => types.includes(r.type)),
        planId,
      );
    await inChunks(
      run,
      queries.relationsCreate,
      (relations) => ({ relations }),
      relationRows(
        graph.relations.filter((r) => !['MEASURES', 'OBSERVES', 'BASELINE_OF', 'RESTATES'].includes(r.type)),
        planId,
      ),
    );
    await inChunks(run, queries.measuresCreate, (relations) => ({ relations }), byType(['MEASURES']));
    await inChunks(run, queries.observesCreate, (relations) => ({ relations }), byType(['OBSERVES']));
    await inChunks(run, queries.baselineOfCreate, (relations) => ({ relations }), byType(['BASELINE_OF']));
    await inChunks(run, queries.restatesCreate, (relations) => ({ relations }), byType(['RESTATES']));
    await inChunks(run, queries.mentionsCreate, (mentions) => ({ mentions }), graph.mentions);
    await inChunks(run, queries.notLinkedCreate, (pairs) => ({ pairs }), graph.notLinked);
    await run(queries.planContentsSweep, { planId });
    await options.beforeCommit?.();
  });
}

/** Rows per statement: a big plan is written in many statements, all in the one transaction. */
const CHUNK = 5_000;

async function inChunks<Params extends object>(
  run: Run,
  query: Query<Params, never>,
  params: (rows: readonly object[]) => Params,
  rows: readonly object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await run(query, params(rows.slice(i, i + CHUNK)));
}

function evidenceRows(ownerId: string, evidence: readonly Located[]) {
  return evidence.map((e, ordinal) => ({ ownerId, ordinal, ...e }));
}

function relationRows(relations: readonly RelationRecord[], planId: string) {
  return relations.map((r) => ({
    type: r.type,
    fromId: r.fromId,
    toId: r.toId,
    props: {
      planId,
      ...(r.basis === undefined ? {} : { basis: r.basis }),
      // Only a draft is marked: a curated graph stays as it was written before drafts existed.
      ...(r.curation === 'draft' ? { curation: 'draft' } : {}),
      quotes: r.evidence.map((e) => e.quote),
      starts: r.evidence.map((e) => e.start),
      ends: r.evidence.map((e) => e.end),
      sectionIds: r.evidence.map((e) => e.sectionId),
    },
  }));
}

/**
 * Every spelling a lookup or search finds an entity by: its name, its aliases, its English name and the
 * shortenings people use (data/abbreviations.yaml).
 */
function spellingsOf(e: EntityRecord): string[] {
  const english = e.props['englishName'];
  const short = e.props['shortNames'];
  return [
    e.name,
    ...e.aliases,
    ...(typeof english === 'string' ? [english] : []),
    ...(typeof short === 'object' && short !== null ? short : []),
  ];
}
