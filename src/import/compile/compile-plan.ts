import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { compileEntities } from './compile-entities.js';
import { hashDataset } from './dataset-hash.js';
import { compileIndicators } from './compile-indicators.js';
import { compileObservations } from './compile-observations.js';
import { compileRelations } from './compile-relations.js';
import type { CompiledPlan } from './compiled-plan.js';
import { relationCoverage } from './relation-coverage.js';
import { computeMentions } from '../parse/compute-mentions.js';
import { parseIndicatorTable } from '../parse/parse-indicator-table.js';
import { parseSections } from '../parse/parse-sections.js';
import type { PlanGraph, SectionRecord } from '../plan-records.js';
import { listEntry, type Problem } from './problems.js';
import { readDataset, readLimited } from './read-dataset.js';
import { readAbbreviations } from './read-abbreviations.js';
import { shortNames } from './short-names.js';
import { createSourceIndex } from '../parse/source-index.js';
import { normalizeName } from '../../domain/normalize-name.js';

export { GRAPH_FORMAT_VERSION } from './dataset-hash.js';
export type { CompiledPlan } from './compiled-plan.js';

/** Reads, checks and compiles one plan folder; returns every problem found, or the graph when there are none. */
export function compilePlanFolder(dir: string): { compiled?: CompiledPlan; problems: Problem[] } {
  const { dataset, texts, problems: shapeProblems, renumber, setAside } = readDataset(dir);
  if (dataset === undefined || texts === undefined) return { problems: shapeProblems };
  const abbreviations = readAbbreviations();
  if ('problem' in abbreviations) return { problems: [...shapeProblems, abbreviations.problem] };
  const problems: Problem[] = [];
  // A reference to an entry set aside for its shape is not a second problem: that entry's own is reported.
  const followsFromShape = ({ unknownEntity }: Problem) =>
    unknownEntity !== undefined && setAside.has(normalizeName(unknownEntity));
  const all = () => [...shapeProblems, ...problems.filter((p) => !followsFromShape(p)).map(renumber)];
  const meta = dataset['plan.yaml'].plan;
  const planFile = join(dir, 'plan.yaml');
  const read = readLimited(join(dir, meta.source));
  if ('reason' in read) {
    const reason =
      read.reason === 'missing' ? `cannot read ${meta.source}` : `${meta.source} is ${read.reason}`;
    return { problems: [...shapeProblems, { file: planFile, entry: 'plan.source', reason }] };
  }
  const { text } = read;
  // The date may be written as in the metadata (2021-10-12) or as Chinese documents write it (2021年10月12日).
  const [year, month, day] = (meta.issuedOn ?? '').split('-').map(Number);
  const chineseDate = `${String(year)}年${String(month)}月${String(day)}日`;
  // The 文号 and the date are checked when given: a plan copied without its notice prints neither.
  for (const [field, value, alternative] of [
    ['title', meta.title, meta.title],
    ...(meta.documentNumber === undefined
      ? []
      : [['documentNumber', meta.documentNumber, meta.documentNumber] as const]),
    ...(meta.issuedOn === undefined ? [] : [['issuedOn', meta.issuedOn, chineseDate] as const]),
  ] as const) {
    if (!text.includes(value) && !text.includes(alternative))
      problems.push({
        file: planFile,
        entry: `plan.${field}`,
        reason: `"${value}"${value === alternative ? '' : ` (or "${alternative}")`} does not occur in ${meta.source}`,
      });
  }
  if (meta.periodEnd < meta.periodStart)
    problems.push({ file: planFile, entry: 'plan.periodEnd', reason: 'before periodStart' });

  let parsed;
  try {
    parsed = parseSections(text, meta.title);
  } catch (error) {
    return {
      problems: [...all(), { file: join(dir, meta.source), entry: '(sections)', reason: String(error) }],
    };
  }
  const planId = meta.id;
  const source = createSourceIndex(planId, text, parsed);
  const rows = parsed
    .filter((s) => /\/表\d+$/.test(s.path))
    .flatMap((table) => {
      try {
        return parseIndicatorTable(text, table).map((row) => ({
          ...row,
          sectionId: source.sectionId(table.path),
        }));
      } catch (error) {
        problems.push({ file: join(dir, meta.source), entry: table.path, reason: String(error) });
        return [];
      }
    });

  const file = (name: string) => join(dir, name);
  const compiled = compileEntities(planId, dataset, source, dir, problems);
  const { resolve, origins } = compiled;
  const shortened = shortNames(compiled.entities, abbreviations.table, meta.region, resolve);
  const entities = compiled.entities.map((e) =>
    e.kind === 'PLAN' ? e : { ...e, props: { ...e.props, shortNames: shortened.get(e.id) ?? [] } },
  );
  const mentions = computeMentions(entities, source);
  const mentioned = new Set(mentions.map((m) => m.entityId));
  for (const entity of entities) {
    const origin = origins.get(entity.id);
    if (!mentioned.has(entity.id) && origin !== undefined) {
      const names = [entity.name, ...entity.aliases].join(', ');
      problems.push({ ...origin, reason: `neither the name nor an alias occurs in the text: ${names}` });
    }
  }
  const relations = compileRelations(dataset, source, resolve, file('relations.yaml'), problems);
  const ctx = { planId, source, resolve, problems };
  const indicators = compileIndicators(
    { ...ctx, file: file('indicators.yaml') },
    dataset,
    rows,
    meta.periodEnd,
  );
  const observations = compileObservations(
    { ...ctx, file: file('observations.yaml') },
    dataset,
    indicators.indicators,
  );
  dataset['coverage.yaml'].ignore.forEach((item, i) => {
    if (!text.includes(item.term)) {
      problems.push({
        file: file('coverage.yaml'),
        ...listEntry('ignore', i, item.term),
        reason: 'the term does not occur in the text',
      });
    }
  });
  if (shapeProblems.length > 0 || problems.length > 0) return { problems: all() };

  const sections: SectionRecord[] = parsed.map((s) => ({
    id: source.sectionId(s.path),
    path: s.path,
    parentId: s.parentPath === null ? null : source.sectionId(s.parentPath),
    title: s.title,
    level: s.level,
    ordinal: s.ordinal,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
  }));
  const graph: PlanGraph = {
    planId,
    plan: {
      id: planId,
      title: meta.title,
      issuer: meta.issuer,
      documentNumber: meta.documentNumber ?? null,
      issuedOn: meta.issuedOn ?? null,
      periodStart: meta.periodStart,
      periodEnd: meta.periodEnd,
      region: meta.region,
      aliases: meta.aliases,
      sourceSha256: createHash('sha256').update(text).digest('hex'),
      datasetHash: hashDataset(texts, text, abbreviations.text),
      sourceText: text,
    },
    sections,
    entities,
    relations: [...relations, ...indicators.relations, ...observations.relations],
    indicators: observations.indicators,
    observations: observations.observations,
    mentions,
    notLinked: [],
  };
  return { compiled: withDecisions({ graph, dataset, source }), problems };
}

/**
 * The relation decisions stored with the graph, so that an empty answer can say the plan is silent: each dismissed
 * pair becomes a NOT_LINKED record, and an entity the plan links to nothing carries the reason as `unlinkedReason`.
 */
function withDecisions(compiled: CompiledPlan): CompiledPlan {
  const { graph } = compiled;
  const coverage = relationCoverage(compiled);
  const sectionIds = new Map(graph.sections.map((s) => [s.path, s.id]));
  return {
    ...compiled,
    graph: {
      ...graph,
      entities: graph.entities.map((e) => {
        const reason = coverage.unlinkedReasons.get(e.id);
        return reason === undefined ? e : { ...e, props: { ...e.props, unlinkedReason: reason } };
      }),
      notLinked: coverage.notLinked.map((n) => ({
        aId: n.a.id,
        bId: n.b.id,
        reason: n.reason,
        sectionIds: n.sectionPaths.flatMap((path) => sectionIds.get(path) ?? []),
      })),
    },
  };
}
