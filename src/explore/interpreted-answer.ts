import {
  InterpretBaselineDocument,
  InterpretCountDocument,
  InterpretGrowthDocument,
  InterpretKindCountDocument,
  InterpretNotRelatedDocument,
  InterpretPartOfDocument,
  InterpretPartsDocument,
  InterpretPathDocument,
  InterpretRankingDocument,
  InterpretRelatedDocument,
  InterpretSaysDocument,
  InterpretTargetsDocument,
  InterpretUnsupportedDocument,
  type EntityKind,
  type Intent,
  type InterpretedIndicatorFragment,
  type InterpretedObservationFragment,
  type InterpretedRelationFragment,
} from './__generated__/graphql';
import { answered, request } from './api';

/** An entity of an answer, with a note (the reason it is not linked, the part it came through). */
export interface AnswerEntity {
  readonly name: string;
  readonly kind: EntityKind;
  readonly note?: string;
}

/** What the explorer shows of an answer: its entities, its lines of figures or hops, the plan's quotes. */
export interface Answer {
  readonly entities: readonly AnswerEntity[];
  readonly lines: readonly string[];
  readonly quotes: readonly string[];
}

type Vars = Record<string, unknown>;
type Named = { readonly id: string; readonly name: string; readonly kind: EntityKind };

/**
 * Runs the operation of an interpreted question, the typed document named by its intent (the same operations the
 * server returns as text, schema/operations/interpret.graphql), and reads its answer.
 */
export async function interpretedAnswer(
  intent: Intent,
  variables: Vars,
  signal: AbortSignal,
): Promise<Answer> {
  switch (intent) {
    case 'RELATED': {
      const { entity } = await request(InterpretRelatedDocument, variables as never, signal);
      return entity === null ? none() : fromRelations(entity, entity.relations, variables);
    }
    case 'NOT_RELATED': {
      const { entity } = await request(InterpretNotRelatedDocument, variables as never, signal);
      return {
        entities: (entity?.unlinked ?? []).map((u) => ({
          name: u.entity.name,
          kind: u.entity.kind,
          ...(u.reason == null ? {} : { note: `未关联理由 why not: ${u.reason}` }),
        })),
        lines: [],
        quotes: [],
      };
    }
    case 'PARTS': {
      const { entity } = await request(InterpretPartsDocument, variables as never, signal);
      return entity === null
        ? none()
        : fromRelations(entity, entity.relations, { ...variables, direction: 'IN' });
    }
    case 'PART_OF': {
      const { entity } = await request(InterpretPartOfDocument, variables as never, signal);
      return entity === null ? none() : fromRelations(entity, entity.relations, variables);
    }
    case 'PATH': {
      const { path } = await request(InterpretPathDocument, variables as never, signal);
      if (path === null)
        return { entities: [], lines: ['规划中没有这样的关系链 No chain links the two.'], quotes: [] };
      return {
        entities: path.nodes.map(({ name, kind }) => ({ name, kind })),
        lines: path.edges.map(
          (e) =>
            `${e.from.name} —${e.type} (${e.basis})→ ${e.to.name}${e.evidence[0] ? `：“${e.evidence[0].quote}”` : ''}`,
        ),
        quotes: [],
      };
    }
    case 'SAYS': {
      const { entity } = await request(InterpretSaysDocument, variables as never, signal);
      if (entity === null) return none();
      const answer = fromRelations(entity, entity.relations, variables);
      return { ...answer, quotes: [...entity.evidence.map((e) => e.quote), ...answer.quotes] };
    }
    case 'TARGETS':
    case 'BASELINE':
    case 'GROWTH':
      return figures(intent, variables, signal);
    case 'COUNT': {
      const { entity } = await request(InterpretCountDocument, variables as never, signal);
      if (entity === null) return none();
      const answer = fromRelations(entity, entity.relations, variables);
      return { ...answer, lines: [`共 ${entity.relationCount} 条关系 ${entity.relationCount} links`] };
    }
    case 'KIND_COUNT': {
      const data = await request(InterpretKindCountDocument, variables as never, signal);
      const lists = [data.industries, data.platforms, data.programs, data.talentTeams].flatMap((c) =>
        c == null ? [] : [c],
      );
      return {
        entities: lists.flatMap((c) => c.edges.map(({ node }) => ({ name: node.name, kind: node.kind }))),
        lines: lists.map((c) => `共 ${c.totalCount} 个 ${c.totalCount} in all`),
        quotes: [],
      };
    }
    case 'RANKING': {
      const ranking = answered(
        (await request(InterpretRankingDocument, variables as never, signal)).ranking,
        'ranking',
      );
      return {
        entities: ranking.map(({ entity }) => ({ name: entity.name, kind: entity.kind })),
        lines: ranking.map((r, i) => `${i + 1}. ${r.entity.name}：${r.count}`),
        quotes: [],
      };
    }
    case 'UNSUPPORTED': {
      const industries = answered(
        (await request(InterpretUnsupportedDocument, variables as never, signal)).industries,
        'industries',
      );
      return {
        entities: industries.edges.map(({ node }) => ({ name: node.name, kind: node.kind })),
        lines: [`共 ${industries.totalCount} 个 ${industries.totalCount} in all`],
        quotes: [],
      };
    }
  }
}

function none(): Answer {
  return { entities: [], lines: [], quotes: [] };
}

/**
 * The other ends of an entity's relationships: the end of the kinds asked (or, for a group, the end other than
 * the entity and its parts), noting the part a row came through.
 */
function fromRelations(entity: Named, rows: readonly InterpretedRelationFragment[], variables: Vars): Answer {
  const kinds = Array.isArray(variables['kinds']) ? (variables['kinds'] as EntityKind[]) : null;
  const seen = new Map<string, AnswerEntity>();
  const quotes: string[] = [];
  for (const row of rows) {
    const pick =
      variables['direction'] === 'IN' || (kinds === null && row.to.id === entity.id)
        ? row.from
        : variables['direction'] === 'OUT' || row.from.id === entity.id
          ? row.to
          : kinds?.includes(row.from.kind) === true
            ? row.from
            : row.to;
    // The server names the part a row came through (null for the entity's own link).
    if (!seen.has(pick.id))
      seen.set(pick.id, {
        name: pick.name,
        kind: pick.kind,
        ...(row.via == null ? {} : { note: `经 via ${row.via.name}` }),
      });
    for (const e of row.evidence) if (!quotes.includes(e.quote)) quotes.push(e.quote);
  }
  return { entities: [...seen.values()], lines: [], quotes };
}

async function figures(
  intent: 'TARGETS' | 'BASELINE' | 'GROWTH',
  variables: Vars,
  signal: AbortSignal,
): Promise<Answer> {
  let indicators: readonly InterpretedIndicatorFragment[] = [];
  let observations: readonly InterpretedObservationFragment[] = [];
  if (intent === 'BASELINE') {
    const { entity } = await request(InterpretBaselineDocument, variables as never, signal);
    if (entity !== null && 'indicators' in entity) indicators = entity.indicators;
    if (entity !== null && 'observations' in entity) observations = entity.observations;
  } else {
    const document = intent === 'TARGETS' ? InterpretTargetsDocument : InterpretGrowthDocument;
    const { entity } = await request(document, variables as never, signal);
    if (entity !== null && 'indicators' in entity) indicators = entity.indicators;
  }
  return {
    entities: [],
    lines: [
      ...indicators.map((i) => indicatorLine(intent, i)),
      ...observations.map((o) => `${o.name}：${o.value} ${o.unit}（${o.year}年）`),
    ],
    quotes: [...indicators, ...observations].flatMap((x) => x.evidence.map((e) => e.quote)),
  };
}

function indicatorLine(intent: Intent, i: InterpretedIndicatorFragment): string {
  const base = i.baseline == null ? '—' : `${i.baseline}（${i.baselineYear ?? ''}年）`;
  const target = `${i.target}${i.targetMax == null ? '' : `–${i.targetMax}`}（${i.targetYear}年）`;
  if (intent === 'BASELINE') return `${i.name}：基期 baseline ${base} ${i.unit}`;
  const line = `${i.name}：${base} → ${target} ${i.unit}`;
  if (intent !== 'GROWTH') return line;
  const change = i.change == null ? '' : `，增加 change ${i.change}`;
  const growth = i.growthPercent == null ? '' : `，增长 growth ${i.growthPercent}%`;
  const yearly =
    i.requiredAnnualGrowthPercent == null ? '' : `，年均 a year ${i.requiredAnnualGrowthPercent}%`;
  return `${line}${change}${growth}${yearly}`;
}
