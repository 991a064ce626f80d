import type { EvidenceInput } from './dataset-schema.js';
import type { ResolveName } from './compile-entities.js';
import type { EntityRecord, Located, RelationRecord } from '../../domain/plan-records.js';
import { listEntry, type Problem } from './problems.js';
import type { Dataset } from './read-dataset.js';
import { RELATION_SIGNATURES, describeSignature } from './relation-signatures.js';
import type { SourceIndex } from '../parse/source-index.js';

/**
 * The curated relationships: `from` and `to` lists expand into one relationship per pair, and each pair keeps
 * the quotes that name one of its two ends, so a paragraph's quotes can be listed once for the programs it names
 * without one program's sentence becoming another's evidence. Checks: every name resolves, the kinds fit the
 * type, each quote is in the text and names one of the entry's entities, and each pair's quotes together name
 * both its ends (the plan is the implicit subject of its own text, so it needs no naming).
 */
export function compileRelations(
  dataset: Dataset,
  source: SourceIndex,
  resolve: ResolveName,
  file: string,
  problems: Problem[],
): RelationRecord[] {
  // Note: a link the text states in several places is one relationship carrying every quote.
  const byKey = new Map<string, RelationRecord>();
  dataset['relations.yaml'].relations.forEach((item, i) => {
    const froms = [item.from].flat();
    const tos = [item.to].flat();
    const where = {
      file,
      ...listEntry('relations', i, `${item.type} ${froms.join(',')} → ${tos.join(',')}`),
    };
    const evidence = locateAll(item.evidence, source, (reason) => problems.push({ ...where, reason }));
    const ends = (names: string[]) =>
      names.flatMap((name) => {
        const entity = resolve(name);
        if (entity === undefined)
          problems.push({ ...where, reason: `unknown entity "${name}"`, unknownEntity: name });
        return entity === undefined ? [] : [entity];
      });
    const targets = ends(tos);
    const sources = ends(froms);
    const members = [...sources, ...targets];
    for (const e of evidence) {
      if (members.length > 0 && !members.some((member) => namedIn(member, [e]))) {
        problems.push({ ...where, reason: `the quote names none of its entities: "${e.quote}"` });
      }
    }
    for (const from of sources) {
      for (const to of targets) {
        // The plan is named by no quote; a link to it keeps every quote.
        const own =
          from.kind === 'PLAN' || to.kind === 'PLAN'
            ? evidence
            : evidence.filter((e) => namedIn(from, [e]) || namedIn(to, [e]));
        const fits = RELATION_SIGNATURES[item.type].some(([a, b]) => a === from.kind && b === to.kind);
        if (!fits) {
          problems.push({
            ...where,
            reason: `wrong type: ${item.type} joins ${describeSignature(item.type)}, not ${from.kind} ${from.name} → ${to.kind} ${to.name}`,
          });
          continue;
        }
        const unnamed = [from, to].filter((end) => !namedIn(end, own));
        if (evidence.length > 0 && unnamed.length > 0) {
          problems.push({
            ...where,
            reason: `the quotes do not name ${unnamed.map((e) => e.name).join(' or ')}`,
          });
          continue;
        }
        const key = `${item.type} ${from.id} ${to.id}`;
        const previous = byKey.get(key);
        const merged = [...(previous?.evidence ?? []), ...own].filter(
          (e, k, all) => all.findIndex((other) => other.start === e.start && other.end === e.end) === k,
        );
        byKey.set(key, { type: item.type, fromId: from.id, toId: to.id, evidence: merged });
      }
    }
  });
  return [...byKey.values()];
}

/** Whether the quotes, taken together, contain the entity's name or an alias; the plan always counts as named. */
export function namedIn(entity: EntityRecord, evidence: readonly Located[]): boolean {
  if (entity.kind === 'PLAN') return true;
  return [entity.name, ...entity.aliases].some((name) => evidence.some((e) => e.quote.includes(name)));
}

export function locateAll(
  items: readonly EvidenceInput[],
  source: SourceIndex,
  report: (reason: string) => void,
): Located[] {
  return items.flatMap((item) => {
    const located = source.locate(item);
    if (typeof located === 'string') {
      report(located);
      return [];
    }
    return [located];
  });
}
