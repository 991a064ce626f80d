import { sentenceAround } from '../domain/sentences.js';
import { parseIndicatorTable } from '../import/parse/parse-indicator-table.js';
import { sameUnit } from '../import/parse/number-forms.js';
import { parseSections, type ParsedSection } from '../import/parse/parse-sections.js';
import { createSourceIndex } from '../import/parse/source-index.js';
import type { DetectedPlan } from './detect-plan.js';
import { draftEntities, type DraftEntity } from './draft-entities.js';
import { draftRelations } from './draft-relations.js';
import { findFigures, type DraftFigure, type FigurePeriod } from './find-figures.js';
import { findPageFurniture, type FurnitureLine } from './page-furniture.js';
import {
  MEASURABLE_KINDS,
  OBSERVABLE_KINDS,
  RELATION_SIGNATURES,
} from '../import/compile/relation-signatures.js';
import type { EntityKind } from '../__generated__/schema-types.js';
import type { KnownName } from './find-names.js';
import { ENDINGS, type DraftKind } from './kind-suffixes.js';

/** Every file of a drafted plan folder, as the objects its YAML holds (the dataset schema's shapes). */
export type DraftFiles = Readonly<Record<string, unknown>>;

/** What a draft found, per kind, for `--report`: the counts and the weakest names to check first. */
export interface DraftReport {
  readonly entities: Readonly<Record<DraftKind, number>>;
  readonly tableRows: number;
  /** Goals and observations the prose states besides the table. */
  readonly goals: number;
  readonly observations: number;
  /** Lines read past as the pages' (page numbers, running heads), not the plan's. */
  readonly furniture: readonly Pick<FurnitureLine, 'line' | 'text' | 'kind'>[];
  readonly relations: number;
  readonly weakest: readonly {
    readonly name: string;
    readonly kind: DraftKind;
    readonly confidence: number;
  }[];
}

/** A draft's lexicon: the names other plans curate, and the cross-plan keys of their industries and table rows. */
export interface DraftLexicon {
  readonly known: readonly KnownName[];
  /** Industry name or alias → its key in another plan. */
  readonly industryKeys: ReadonlyMap<string, string>;
  /** A table row's 二级指标 → its key in another plan. */
  readonly rowKeys: ReadonlyMap<string, string>;
}

/** A table of the text (二/(三)/表1), as parseSections names it. */
const isTable = (section: ParsedSection) => /\/表\d+$/.test(section.path);

/**
 * The goals and observations the prose states, outside the tables and the page furniture, each read by the chapter
 * it is in too.
 */
function draftFigures(
  text: string,
  sections: readonly ParsedSection[],
  period: FigurePeriod,
  furniture: readonly FurnitureLine[],
): DraftFigure[] {
  const chapters = sections.filter((s) => s.level === 1);
  const chapterTitleAt = (offset: number) =>
    chapters.find((c) => c.start <= offset && offset < c.end)?.title ?? '';
  return findFigures(text, period, chapterTitleAt, [...sections.filter(isTable), ...furniture]);
}

/**
 * A plan folder drafted from a plan's text: the metadata the text prints, every entity the patterns find with
 * the sentence that names it first (quoted verbatim, in its section), and the indicator table's rows. Every
 * entry is marked `curation: draft` for a curator to confirm; relations, written goals and observations are
 * left empty for now. The folder is in the importer's format and passes its checks as written.
 */
export function draftDataset(
  text: string,
  plan: DetectedPlan & { readonly id: string; readonly source: string },
  lexicon: DraftLexicon,
): { files: DraftFiles; report: DraftReport } {
  const sections = parseSections(text, plan.title);
  // The importer's own index: the section a quote is read in is the one it will look for it in.
  const source = createSourceIndex(plan.id, text, sections);
  const furniture = findPageFurniture(text);
  const onPageFurniture = (place: { start: number; end: number }) =>
    furniture.some((line) => line.start <= place.start && place.end <= line.end);
  // A name found only in a running head (诸暨市人民政府办公室文件 on every page) is the page's, not the plan's.
  const entities = draftEntities(text, { known: lexicon.known })
    .filter((e) => e.name !== plan.title)
    .map((e) => ({ ...e, places: e.places.filter((place) => !onPageFurniture(place)) }))
    .filter((e) => e.places.length > 0);
  const evidenceOf = (entity: DraftEntity) => {
    const place = entity.places[0] ?? { start: 0, end: 0 };
    const sentence = sentenceAround(text, place.start, place.end - place.start);
    const { path } = source.sectionAt(sentence.start, sentence.end);
    return [{ quote: text.slice(sentence.start, sentence.end), in: path }];
  };
  // The name as the patterns read it (quotation marks left out) may be written otherwise: each of the text's own
  // spellings is kept as an alias, so that the importer finds every mention and every quote names the entity.
  const entry = (entity: DraftEntity, extra: Record<string, unknown>) => {
    const written = [...new Set(entity.places.map((p) => text.slice(p.start, p.end)))].filter(
      (spelling) => spelling !== entity.name,
    );
    return {
      name: entity.name,
      ...(written.length === 0 ? {} : { aliases: written }),
      ...extra,
      evidence: evidenceOf(entity),
      curation: 'draft',
      note: `Drafted (${entity.by.join(', ')}; confidence ${entity.confidence.toFixed(2)}): confirm before use.`,
    };
  };
  // An industry that closes an enumeration of industries is their grouping: a category, as the importer has it.
  const links = draftRelations(text, entities, sections, plan.title).filter(
    (l) => l.confidence >= LINK_CONFIDENCE,
  );
  const groups = new Set(links.filter((l) => l.type === 'IN_CATEGORY').map((l) => l.to));
  const kindOf = new Map<string, EntityKind>([[plan.title, 'PLAN']]);
  for (const e of entities)
    kindOf.set(e.name, e.kind === 'INDUSTRY' && groups.has(e.name) ? 'INDUSTRY_CATEGORY' : e.kind);
  // Only links the importer's signatures allow between the kinds as written (a category is supported by no
  // platform: SUPPORTS names an industry).
  const relations = links.filter((l) => {
    const from = kindOf.get(l.from);
    const to = kindOf.get(l.to);
    const signatures: readonly (readonly [EntityKind, EntityKind])[] = RELATION_SIGNATURES[l.type];
    return signatures.some(([f, t]) => f === from && t === to);
  });
  const ofKind = (kind: DraftKind) =>
    entities.filter((e) => e.kind === kind && !(kind === 'INDUSTRY' && groups.has(e.name)));
  const categories = entities.filter((e) => e.kind === 'INDUSTRY' && groups.has(e.name));
  const endingOf = (name: string) => ENDINGS.find(({ ending }) => name.endsWith(ending))?.ending;
  const usedKeys = new Set<string>();
  const keyOf = (name: string, prefix: string, known: ReadonlyMap<string, string>) => {
    let key = known.get(name) ?? `${prefix}-${String(usedKeys.size + 1)}`;
    while (usedKeys.has(key)) key = `${prefix}-${String(usedKeys.size + 1)}`;
    usedKeys.add(key);
    return key;
  };
  // The rows of every indicator table (a table that is not about indicators gives none).
  const rows = sections.filter(isTable).flatMap((table) => parseIndicatorTable(text, table));
  const period = periodOf(plan);
  const figures = period === undefined ? [] : draftFigures(text, sections, period, furniture);
  const quoteOf = (start: number, end: number) => ({
    quote: text.slice(start, end),
    in: source.sectionAt(start, end).path,
  });
  // What a figure counts, among the drafted entities the importer lets it measure (or be about): each named in
  // its quote, a name inside a longer one left out.
  const countable = (kinds: readonly EntityKind[]) =>
    entities
      .filter((e) => kinds.includes(kindOf.get(e.name) ?? 'PLAN'))
      .map((e) => e.name)
      .sort((a, b) => b.length - a.length);
  const namesIn = (quote: string, names: readonly string[]) =>
    names.filter(
      (n, i) => quote.includes(n) && !names.slice(0, i).some((m) => m.includes(n) && quote.includes(m)),
    );
  const measurable = countable(MEASURABLE_KINDS);
  const observable = countable(OBSERVABLE_KINDS);
  // A goal the prose states with the table's own number (党政人才0.46万人) is where the text states a row, not a goal.
  const rowStated = (f: DraftFigure) =>
    f.kind === 'goal' && f.comparator === 'EXACT'
      ? rows.find(
          (row) => row.target === f.value && sameUnit(row.unit, f.unit) && similarNames(row.name, f.name),
        )
      : undefined;
  const statedIn = new Map<string, DraftFigure[]>();
  for (const f of figures) {
    const row = rowStated(f);
    if (row !== undefined) statedIn.set(row.name, [...(statedIn.get(row.name) ?? []), f]);
  }
  const goals = figures.filter((f) => f.kind === 'goal' && rowStated(f) === undefined);
  const observations = figures.filter((f) => f.kind === 'observation');
  // A written goal's theme: the title of the section it is in (——人才平台不断完善,…), up to its first comma.
  const titles = new Map(sections.map((section) => [section.path, section.title]));
  const themeOf = (path: string) => (titles.get(path) ?? path).split(/[,，。;；]/)[0] || path;
  const figureNote = (f: DraftFigure) =>
    `Drafted (a figure of the prose; confidence ${f.confidence.toFixed(2)}): confirm before use.`;
  const files: DraftFiles = {
    'plan.yaml': {
      plan: {
        id: plan.id,
        title: plan.title,
        issuer: plan.issuer ?? '（未写明 not stated）',
        // A text copied without its notice prints neither: plan.yaml leaves them out rather than invent them.
        ...(plan.documentNumber === null ? {} : { documentNumber: plan.documentNumber }),
        ...(plan.issuedOn === null ? {} : { issuedOn: plan.issuedOn }),
        periodStart: plan.periodStart ?? 0,
        periodEnd: plan.periodEnd ?? 0,
        region: plan.region ?? '（未写明 not stated）',
        source: plan.source,
      },
    },
    'industries.yaml': {
      categories: categories.map((e) => entry(e, { key: keyOf(e.name, 'draft-category', new Map()) })),
      industries: ofKind('INDUSTRY').map((e) =>
        entry(e, { key: keyOf(e.name, 'draft-industry', lexicon.industryKeys) }),
      ),
    },
    'platforms.yaml': {
      platforms: ofKind('PLATFORM').map((e) => entry(e, { type: endingOf(e.name) ?? '平台' })),
    },
    'programs.yaml': {
      programs: ofKind('PROGRAM').map((e) => entry(e, { type: endingOf(e.name) ?? '计划' })),
    },
    'talent-teams.yaml': {
      // A role is the curator's call; target-group is what a draft can say of any team the plan names.
      talentTeams: ofKind('TALENT_TEAM').map((e) => entry(e, { roles: ['target-group'] })),
    },
    'institutions.yaml': {
      institutions: ofKind('INSTITUTION').map((e) => entry(e, { type: endingOf(e.name) ?? '机构' })),
    },
    'goals.yaml': { goals: ofKind('GOAL').map((e) => entry(e, {})) },
    'policies.yaml': { policies: ofKind('POLICY').map((e) => entry(e, {})) },
    'relations.yaml': {
      relations: relations.map((l) => ({
        type: l.type,
        from: l.from,
        to: l.to,
        evidence: l.quotes,
        curation: 'draft',
        note: `Drafted (${l.by}; confidence ${l.confidence.toFixed(2)}): confirm before use.`,
      })),
    },
    'indicators.yaml': {
      table: rows.map((row) => {
        const measures = namesIn(row.name, measurable);
        const stated = statedIn.get(row.name) ?? [];
        return {
          row: row.name,
          key: keyOf(row.name, 'draft-row', lexicon.rowKeys),
          ...(measures.length === 0 ? {} : { measures }),
          ...(stated.length === 0 ? {} : { statedIn: stated.map((f) => quoteOf(f.start, f.end)) }),
          curation: 'draft',
        };
      }),
      written: goals.map((f) => {
        const evidence = quoteOf(f.start, f.end);
        const measures = namesIn(evidence.quote, measurable);
        return {
          key: keyOf(f.name, 'draft-goal', new Map()),
          name: f.name,
          category: themeOf(source.sectionAt(f.start, f.end).path),
          unit: f.unit,
          comparator: f.comparator,
          target: f.value,
          ...(f.valueMax === undefined ? {} : { targetMax: f.valueMax }),
          ...(f.year === period?.end ? {} : { targetYear: f.year }),
          ...(measures.length === 0 ? {} : { measures }),
          increment: f.increment,
          evidence: [evidence],
          curation: 'draft',
          note: figureNote(f),
        };
      }),
    },
    'observations.yaml': {
      observations: observations.map((f) => {
        const evidence = quoteOf(f.start, f.end);
        const about = namesIn(evidence.quote, observable);
        return {
          key: keyOf(f.name, 'draft-observation', new Map()),
          name: f.name,
          value: f.value,
          unit: f.unit,
          year: f.year,
          ...(f.yearEnd === undefined ? {} : { yearEnd: f.yearEnd }),
          ...(f.comparedTo === undefined ? {} : { comparedTo: f.comparedTo }),
          ...(about.length === 0 ? {} : { about }),
          evidence: [evidence],
          curation: 'draft',
          note: figureNote(f),
        };
      }),
    },
    'coverage.yaml': { ignore: [] },
    'relation-decisions.yaml': { dismissed: [], unlinked: [] },
  };
  const count = (kind: DraftKind) => ofKind(kind).length;
  return {
    files,
    report: {
      entities: {
        INDUSTRY: count('INDUSTRY'),
        PLATFORM: count('PLATFORM'),
        PROGRAM: count('PROGRAM'),
        TALENT_TEAM: count('TALENT_TEAM'),
        INSTITUTION: count('INSTITUTION'),
        GOAL: count('GOAL'),
        POLICY: count('POLICY'),
      },
      tableRows: rows.length,
      goals: goals.length,
      observations: observations.length,
      furniture: furniture.map(({ line, text: words, kind }) => ({ line, text: words, kind })),
      relations: relations.length,
      weakest: [...entities]
        .sort((a, b) => a.confidence - b.confidence)
        .slice(0, 20)
        .map(({ name, kind, confidence }) => ({ name, kind, confidence })),
    },
  };
}

/** The plan's period as the text gives it (“十四五”, 2021—2025年), or undefined when it gives none. */
function periodOf(plan: DetectedPlan): FigurePeriod | undefined {
  const start = plan.periodStart ?? (plan.periodEnd === null ? null : plan.periodEnd - 4);
  const end = plan.periodEnd ?? (start === null ? null : start + 4);
  return start === null || end === null ? undefined : { start, end };
}

/** Whether two names say the same thing in other words: most characters of the shorter are in the longer. */
function similarNames(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const pool = Array.from(long);
  let shared = 0;
  for (const ch of short) {
    const at = pool.indexOf(ch);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return shared >= 0.7 * Array.from(short).length;
}

/** The links a draft writes: those the patterns are at least this sure of (see `npm run eval:draft`). */
const LINK_CONFIDENCE = 0.4;
