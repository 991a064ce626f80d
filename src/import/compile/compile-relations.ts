import type { EvidenceInput } from './dataset-schema.js';
import type { ResolveName } from './compile-entities.js';
import type { EntityRecord, Located, RelationRecord } from '../plan-records.js';
import { listEntry, type Problem } from './problems.js';
import type { Dataset } from './read-dataset.js';
import { RELATION_SIGNATURES, describeSignature } from './relation-signatures.js';
import { headingEnd, occurrences, type SourceIndex } from '../parse/source-index.js';
import type { RelationBasis } from '../../__generated__/schema-types.js';
import { BASIS_RANK } from '../../domain/vocabulary.js';

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
    // A quote naming an end that did not resolve (unknown, or its entry set aside) is that end's problem only.
    const unresolved = [...froms, ...tos].filter((name) => resolve(name) === undefined);
    for (const e of evidence) {
      if (unresolved.some((name) => e.quote.includes(name))) continue;
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
        // READING is the dataset's own call, kept only with a note saying how the text supports it.
        const strongest =
          strongestBasis(from, to, merged, source) ??
          (item.basis === 'READING' && item.note ? 'READING' : undefined);
        // A quote that was not found is its own problem; the basis is judged on complete evidence only.
        if (evidence.length < item.evidence.length) continue;
        if (strongest === undefined) {
          problems.push({
            ...where,
            reason: `no basis for ${from.name} → ${to.name}: no quote names both, none is a heading over the other, and they are in different sections (basis: READING, with a note saying how the text supports it, keeps such a reading)`,
          });
          continue;
        }
        if (item.basis !== undefined && BASIS_RANK[item.basis] < BASIS_RANK[strongest]) {
          problems.push({
            ...where,
            reason: `basis ${item.basis} is stronger than the quotes support for ${from.name} → ${to.name} (${strongest})`,
          });
          continue;
        }
        // A link stated in several places (entries) has the strongest basis any of them gives it.
        const given = item.basis ?? strongest;
        const basis =
          previous?.basis !== undefined && BASIS_RANK[previous.basis] < BASIS_RANK[given]
            ? previous.basis
            : given;
        // One curated entry stating the link makes it curated, whatever drafts say too.
        const curation =
          previous?.curation === 'curated' || (item.curation ?? 'curated') === 'curated'
            ? 'curated'
            : 'draft';
        byKey.set(key, { type: item.type, fromId: from.id, toId: to.id, evidence: merged, basis, curation });
      }
    }
  });
  return [...byKey.values()];
}

/**
 * The strongest basis the quotes support for a link, if any: STATED when one sentence names both ends (the dataset
 * says SAME_SENTENCE where the sentence joins them only as parallel clauses), HEADING when a quote is a section's
 * heading naming one end and the other is named in that section, SECTION when both are named within one section
 * below a chapter.
 */
function strongestBasis(
  from: EntityRecord,
  to: EntityRecord,
  evidence: readonly Located[],
  source: SourceIndex,
): RelationBasis | undefined {
  // A quote that runs over a sentence's end is two sentences: it ties its ends as a passage does, no closer.
  const oneSentence = (e: Located) => !/[。；;！？!?]./u.test(e.quote);
  const both = evidence.filter((e) => oneSentence(e) && namedIn(from, [e]) && namedIn(to, [e]));
  if (both.some((e) => namedApart(from, to, e.quote) && namedApart(to, from, e.quote))) return 'STATED';
  // One end named only inside the other's name (院士 in 院士(专家)工作站): the name ties them, no word does.
  if (both.length > 0) return 'SAME_SENTENCE';
  const naming = (end: EntityRecord) => evidence.filter((e) => namedIn(end, [e]));
  const pairs = naming(from).flatMap((a) => naming(to).map((b) => [a, b] as const));
  for (const section of source.sections) {
    const headingAt = headingEnd(source.text, section);
    const inside = (e: Located) => section.start <= e.start && e.end <= section.end;
    const heading = (e: Located) => headingAt !== undefined && e.start >= section.start && e.end <= headingAt;
    if (pairs.some(([a, b]) => inside(a) && inside(b) && (heading(a) || heading(b)))) return 'HEADING';
  }
  const within = (e: Located, section: { start: number; end: number }) =>
    section.start <= e.start && e.end <= section.end;
  const below = source.sections.filter((s) => s.level >= 2);
  if (pairs.some(([a, b]) => below.some((s) => within(a, s) && within(b, s)))) return 'SECTION';
  return undefined;
}

/** Whether the quote names `end` somewhere other than inside a name of `other`. */
function namedApart(end: EntityRecord, other: EntityRecord, quote: string): boolean {
  if (end.kind === 'PLAN') return true;
  const spans = (entity: EntityRecord) =>
    entity.kind === 'PLAN'
      ? []
      : [entity.name, ...entity.aliases].flatMap((name) =>
          occurrences(quote, name).map((at) => [at, at + name.length] as const),
        );
  const outer = spans(other);
  return spans(end).some(([s, e]) => !outer.some(([os, oe]) => os <= s && e <= oe && oe - os > e - s));
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
