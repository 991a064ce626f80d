import type { CompiledPlan } from './compiled-plan.js';
import { RELATION_SIGNATURES } from './relation-signatures.js';
import type { EntityRecord, MentionRecord } from '../plan-records.js';
import { normalizeName } from '../../domain/normalize-name.js';
import { headingEnd } from '../parse/source-index.js';
import { RELATION_TYPES } from '../../domain/vocabulary.js';

/** Two entities the text names together whose kinds some relationship type may join. */
export interface CoMention {
  /** The pair, in id order. */
  readonly a: EntityRecord;
  readonly b: EntityRecord;
  /**
   * Where: one sentence; a section heading naming one and the section's body the other; or one's name holding
   * the other's (高技能人才 in 高技能人才培育计划).
   */
  readonly where: 'SENTENCE' | 'HEADING' | 'NAME';
  readonly sectionPath: string;
  readonly start: number;
  readonly end: number;
}

/** What the relation coverage report finds: pairs neither linked nor dismissed, and dismissals that do nothing. */
export interface RelationCoverage {
  /** One entry per undecided pair: its first co-mention. */
  readonly undecided: readonly CoMention[];
  /** Dismissals naming an unknown entity, or whose pairs are all linked or never named together. */
  readonly stale: readonly { readonly entry: string; readonly reason: string }[];
  /** Every co-mentioned pair (linked, dismissed or undecided), for the recall figures. */
  readonly pairs: number;
  /** Entities with no curated relationship that relation-decisions.yaml does not list as unlinked. */
  readonly orphans: readonly EntityRecord[];
  /** Entities with no curated relationship, listed or not. */
  readonly unlinkedCount: number;
  /** The dismissed pairs, each with the reason and the sections where the text names the two together. */
  readonly notLinked: readonly NotLinked[];
  /** Why the plan links an entity to nothing, by entity id, for those relation-decisions.yaml lists. */
  readonly unlinkedReasons: ReadonlyMap<string, string>;
}

/** A pair the text names together that the dataset does not link, and why. */
export interface NotLinked {
  readonly a: EntityRecord;
  readonly b: EntityRecord;
  readonly reason: string;
  /** Section paths in text order, each once. */
  readonly sectionPaths: readonly string[];
}

// A sentence ends at 。；！？ or a line break; a heading is a line holding only a section's number and title.
const SENTENCE_END = /[。；;！？!?\n]/;

const joinable = (x: EntityRecord, y: EntityRecord) =>
  Object.values(RELATION_SIGNATURES).some((signature) =>
    signature.some(([from, to]) => (from === x.kind && to === y.kind) || (from === y.kind && to === x.kind)),
  );

const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);

/**
 * Every pair of entities the text names in one sentence, or in a heading and the body below it (五(一)
 * 产业人才集聚平台 and each platform its paragraph names), whose kinds a relationship type allows. Computed from
 * the sections and mentions the importer computes. A mention nested in another entity's name pairs only with
 * that entity: 高技能人才 in 《关于加强高技能人才队伍建设的意见》 is not named beside the sentence's other entities.
 */
export function findCoMentions({ graph, source }: CompiledPlan): CoMention[] {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const { text } = source;
  const mentions = graph.mentions.filter((m) => !m.nested).sort((x, y) => x.start - y.start);
  const within = (start: number, end: number) => mentions.filter((m) => start <= m.start && m.end <= end);
  const found: CoMention[] = [];
  const add = (
    xs: readonly MentionRecord[],
    ys: readonly MentionRecord[],
    where: CoMention['where'],
    span: [number, number],
  ) => {
    for (const x of xs) {
      for (const y of ys) {
        const ex = byId.get(x.entityId);
        const ey = byId.get(y.entityId);
        if (ex === undefined || ey === undefined || ex.id === ey.id || !joinable(ex, ey)) continue;
        const [a, b] = ex.id < ey.id ? [ex, ey] : [ey, ex];
        const sectionPath = source.sectionAt(span[0], span[1]).path;
        found.push({ a, b, where, sectionPath, start: span[0], end: span[1] });
      }
    }
  };

  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text[i] ?? '')) continue;
    const inSentence = within(start, i);
    add(inSentence, inSentence, 'SENTENCE', [start, i]);
    start = i + 1;
  }
  for (const section of source.sections) {
    const heading = headingEnd(text, section);
    if (heading === undefined) continue;
    add(within(section.start, heading), within(heading, section.end), 'HEADING', [
      section.start,
      section.end,
    ]);
  }
  for (const nested of graph.mentions.filter((m) => m.nested)) {
    const containers = mentions.filter((m) => m.start <= nested.start && nested.end <= m.end);
    add(containers, [nested], 'NAME', [nested.start, nested.end]);
  }
  // One entry per pair and place, in document order.
  const seen = new Set<string>();
  return found
    .sort((x, y) => x.start - y.start)
    .filter((c) => {
      const key = `${c.a.id} ${c.b.id} ${c.where} ${c.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The relation coverage of one plan: each co-mentioned pair is decided when relations.yaml links it (any type,
 * either direction) or relation-decisions.yaml dismisses it with a reason.
 */
export function relationCoverage(compiled: CompiledPlan): RelationCoverage {
  const { graph, dataset } = compiled;
  const coMentions = findCoMentions(compiled);
  const linked = new Set(graph.relations.map((r) => pairKey(r.fromId, r.toId)));
  const byName = new Map<string, EntityRecord>();
  for (const e of graph.entities)
    for (const name of [e.name, ...e.aliases]) byName.set(normalizeName(name), e);

  const stale: { entry: string; reason: string }[] = [];
  // Dismissed pairs, each with the section paths it is limited to ('' = anywhere).
  const dismissed = new Map<string, { entry: number; scope: string }[]>();
  dataset['relation-decisions.yaml'].dismissed.forEach((item, entry) => {
    const resolve = (names: readonly string[]) =>
      names.flatMap((name) => {
        const e = byName.get(normalizeName(name));
        if (e === undefined) stale.push({ entry: `dismissed[${entry}]`, reason: `unknown entity "${name}"` });
        return e === undefined ? [] : [e];
      });
    const names = resolve(item.names);
    const others = item.with === undefined ? undefined : resolve(item.with);
    const pairs =
      others === undefined
        ? names.flatMap((x, i) => names.slice(i + 1).map((y) => [x, y] as const))
        : names.flatMap((x) => others.map((y) => [x, y] as const));
    for (const [x, y] of pairs) {
      const key = pairKey(x.id, y.id);
      dismissed.set(key, [...(dismissed.get(key) ?? []), { entry, scope: item.in ?? '' }]);
    }
  });

  const inScope = (path: string, scope: string) =>
    scope === '' || path === scope || path.startsWith(`${scope}/`);
  const used = new Set<number>();
  const undecided = new Map<string, CoMention>();
  const notLinked = new Map<
    string,
    { a: EntityRecord; b: EntityRecord; reason: string; sectionPaths: string[] }
  >();
  const pairs = new Set<string>();
  const reasons = dataset['relation-decisions.yaml'].dismissed.map((d) => d.reason);
  for (const c of coMentions) {
    const key = pairKey(c.a.id, c.b.id);
    pairs.add(key);
    if (linked.has(key)) continue;
    const by = (dismissed.get(key) ?? []).filter((d) => inScope(c.sectionPath, d.scope));
    for (const d of by) used.add(d.entry);
    const first = by[0];
    if (first === undefined) {
      if (!undecided.has(key)) undecided.set(key, c);
      continue;
    }
    const entry = notLinked.get(key) ?? {
      a: c.a,
      b: c.b,
      reason: reasons[first.entry] ?? '',
      sectionPaths: [],
    };
    if (!entry.sectionPaths.includes(c.sectionPath)) entry.sectionPaths.push(c.sectionPath);
    notLinked.set(key, entry);
  }
  dataset['relation-decisions.yaml'].dismissed.forEach((_, entry) => {
    const at = `dismissed[${entry}]`;
    if (!used.has(entry) && !stale.some((s) => s.entry === at))
      stale.push({ entry: at, reason: 'dismisses no pair that is named together and not linked' });
  });

  // The plan itself is the implicit subject of its text, not an entity to link. Only curated links count: an
  // indicator that measures an entity (MEASURES) or a figure about it (OBSERVES) is no link to another entity.
  const curated = new Set<string>(RELATION_TYPES);
  const related = new Set(
    graph.relations.filter((r) => curated.has(r.type)).flatMap((r) => [r.fromId, r.toId]),
  );
  const unlinked = graph.entities.filter((e) => e.kind !== 'PLAN' && !related.has(e.id));
  const listed = new Map<string, string>();
  dataset['relation-decisions.yaml'].unlinked.forEach((item, i) => {
    const entry = `unlinked[${i}]`;
    for (const name of item.names) {
      const e = byName.get(normalizeName(name));
      if (e === undefined) stale.push({ entry, reason: `unknown entity "${name}"` });
      else if (related.has(e.id)) stale.push({ entry, reason: `"${name}" is linked` });
      else listed.set(e.id, item.reason);
    }
  });
  return {
    undecided: [...undecided.values()],
    stale,
    pairs: pairs.size,
    orphans: unlinked.filter((e) => !listed.has(e.id)),
    unlinkedCount: unlinked.length,
    notLinked: [...notLinked.values()],
    unlinkedReasons: listed,
  };
}
