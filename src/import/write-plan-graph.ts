import type { Db, Run } from '../db/db.js';
import { queries } from '../db/queries.js';
import { normalizeName } from './compile-entities.js';
import { ENTITY_LABELS, type Located, type PlanGraph, type RelationRecord } from './plan-graph.js';

export interface WriteOptions {
  /** Called inside the open transaction, after every write and before the commit (fault tests). */
  readonly beforeCommit?: () => Promise<void>;
}

/**
 * Replaces one plan in a single transaction: its previous contents are deleted and the compiled graph written,
 * so a reader sees the old plan or the new one, never a mix, and a failure or a killed process leaves the old
 * one intact (Neo4j rolls back an uncommitted transaction).
 */
export async function writePlanGraph(db: Db, graph: PlanGraph, options: WriteOptions = {}): Promise<void> {
  const { planId } = graph;
  await db.writeTransaction(async (run: Run) => {
    await run(queries.planContentsDelete, { planId });
    const { sourceText, ...plan } = graph.plan;
    await run(queries.planUpsert, {
      plan: {
        ...plan,
        planId,
        kind: 'PLAN',
        name: plan.title,
        aliasText: plan.aliases.join(' '),
        text: sourceText,
      },
    });
    await run(queries.sectionsCreate, { sections: graph.sections.map((s) => ({ ...s, planId })) });
    await run(queries.sectionLinksCreate, {
      planId,
      sections: graph.sections.map(({ id, parentId }) => ({ id, parentId })),
    });

    const entities = graph.entities.filter((e) => e.kind !== 'PLAN');
    await run(queries.entitiesCreate, {
      entities: entities.map((e) => ({
        label: ENTITY_LABELS[e.kind],
        props: {
          ...e.props,
          id: e.id,
          planId,
          kind: e.kind,
          name: e.name,
          aliases: e.aliases,
          aliasText: e.aliases.join(' '),
        },
      })),
    });
    await run(queries.namesCreate, {
      planId,
      names: graph.entities.flatMap((e) =>
        [...new Set([e.name, ...e.aliases].map(normalizeName))].map((value) => ({ entityId: e.id, value })),
      ),
    });
    await run(queries.entityEvidenceCreate, {
      evidence: graph.entities.flatMap((e) => evidenceRows(e.id, e.evidence)),
    });

    await run(queries.indicatorsCreate, {
      indicators: graph.indicators.map(({ evidence: _evidence, ...i }) => ({ ...i, planId })),
    });
    await run(queries.indicatorEvidenceCreate, {
      evidence: graph.indicators.flatMap((i) => evidenceRows(i.id, i.evidence)),
    });
    await run(queries.observationsCreate, {
      observations: graph.observations.map(({ evidence: _evidence, ...o }) => ({ ...o, planId })),
    });
    await run(queries.observationEvidenceCreate, {
      evidence: graph.observations.flatMap((o) => evidenceRows(o.id, o.evidence)),
    });

    const byType = (types: readonly string[]) =>
      relationRows(
        graph.relations.filter((r) => types.includes(r.type)),
        planId,
      );
    await run(queries.relationsCreate, {
      relations: relationRows(
        graph.relations.filter((r) => !['MEASURES', 'OBSERVES', 'BASELINE_OF', 'RESTATES'].includes(r.type)),
        planId,
      ),
    });
    await run(queries.measuresCreate, { relations: byType(['MEASURES']) });
    await run(queries.observesCreate, { relations: byType(['OBSERVES']) });
    await run(queries.baselineOfCreate, { relations: byType(['BASELINE_OF']) });
    await run(queries.restatesCreate, { relations: byType(['RESTATES']) });
    await run(queries.mentionsCreate, { mentions: graph.mentions });
    await options.beforeCommit?.();
  });
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
      quotes: r.evidence.map((e) => e.quote),
      starts: r.evidence.map((e) => e.start),
      ends: r.evidence.map((e) => e.end),
      sectionIds: r.evidence.map((e) => e.sectionId),
    },
  }));
}
