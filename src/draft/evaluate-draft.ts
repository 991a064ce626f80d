import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDataset } from '../import/compile/read-dataset.js';
import { listPlanFolders } from '../import/import-plans.js';
import { parseSections } from '../import/parse/parse-sections.js';
import { curatedEntities } from './curated-names.js';
import { detectPlan } from './detect-plan.js';
import { draftDataset } from './draft-dataset.js';
import { draftEntities } from './draft-entities.js';
import { draftRelations } from './draft-relations.js';
import { lexiconOf } from './lexicon.js';
import { scoreLinks, scoreNames, type KindScore, type LinkScore } from './score-names.js';

export interface FigureScore {
  readonly kind: 'goal' | 'observation';
  readonly drafted: number;
  readonly curated: number;
  /** Drafted figures a curated one of the kind matches: the same value and unit, in a quote holding it. */
  readonly right: number;
  /** Curated figures of the kind that some drafted one matches. */
  readonly found: number;
}

export interface DraftEvaluation {
  readonly planId: string;
  /** The other plan folders, whose curated names the lexicon holds. */
  readonly others: readonly string[];
  readonly names: readonly KindScore[];
  readonly links: readonly LinkScore[];
  readonly table: { readonly drafted: number; readonly curated: number; readonly exact: number };
  readonly figures: readonly FigureScore[];
}

/**
 * Drafts a curated plan from its text alone, without its own curated names (leave-one-plan-out: the lexicon is
 * every other plan folder's), and scores the draft against the curated dataset: names per kind (kept at
 * `minNames`), links per type between those names (kept at `minLinks`), the indicator table's rows, and the
 * figures of the prose. `npm run eval:draft` prints it; the docs' table is checked against it.
 */
export function evaluateDraft(
  plansDir: string,
  planId: string,
  { minNames, minLinks }: { readonly minNames: number; readonly minLinks: number },
): DraftEvaluation {
  const { dataset: target } = readDataset(join(plansDir, planId));
  if (target === undefined) throw new Error(`${join(plansDir, planId)} is not a readable dataset`);
  const lexicon = lexiconOf(plansDir, planId);
  const plan = target['plan.yaml'].plan;
  const text = readFileSync(join(plansDir, planId, plan.source), 'utf8');
  const curated = curatedEntities(target);
  // As `plan-graph draft` writes it: the plan's own title (in 《》 in its notice) is the plan, not a policy.
  const drafted = draftEntities(text, { known: lexicon.known, minConfidence: minNames }).filter(
    (e) => e.name !== plan.title,
  );
  const links = draftRelations(text, drafted, parseSections(text, plan.title), plan.title).filter(
    (l) => l.confidence >= minLinks,
  );
  const asList = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
  const curatedLinks = target['relations.yaml'].relations.flatMap((r) =>
    asList(r.from).flatMap((from) => asList(r.to).map((to) => ({ type: r.type, from, to }))),
  );

  // The indicator table, written goals and observations as `plan-graph draft` writes them.
  const { files } = draftDataset(text, { ...detectPlan(text), id: planId, source: plan.source }, lexicon);
  const draftedIndicators = files['indicators.yaml'] as {
    table: { row: string }[];
    written: { target: number; unit: string; evidence: { quote: string }[] }[];
  };
  const draftedObservations = (
    files['observations.yaml'] as {
      observations: { value: number; unit: string; evidence: { quote: string }[] }[];
    }
  ).observations;
  // A row is exact when the draft names it as the curated dataset does: the importer then reads every value of it
  // (category, unit, baseline, target) from the text.
  const curatedRows = new Set(target['indicators.yaml'].table.map((row) => row.row));

  const spansOf = (quotes: readonly (string | { quote: string })[]) =>
    quotes.flatMap((q) => {
      const quote = typeof q === 'string' ? q : q.quote;
      const spans: { start: number; end: number }[] = [];
      for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        spans.push({ start: at, end: at + quote.length });
      return spans;
    });
  const figure = (
    kind: FigureScore['kind'],
    value: number,
    unit: string,
    quotes: readonly (string | { quote: string })[],
  ) => ({ kind, value, unit, spans: spansOf(quotes) });
  const curatedFigures = [
    ...target['indicators.yaml'].written.map((w) => figure('goal', w.target, w.unit, w.evidence)),
    ...target['observations.yaml'].observations.map((o) =>
      figure('observation', o.value, o.unit, o.evidence),
    ),
  ];
  const draftedFigures = [
    ...draftedIndicators.written.map((w) => figure('goal', w.target, w.unit, w.evidence)),
    ...draftedObservations.map((o) => figure('observation', o.value, o.unit, o.evidence)),
  ];
  type Figure = (typeof curatedFigures)[number];
  const matches = (d: Figure, c: Figure) =>
    c.value === d.value &&
    c.unit === d.unit &&
    d.spans.some((ds) => c.spans.some((cs) => cs.start < ds.end && ds.end <= cs.end));

  return {
    planId,
    others: listPlanFolders(plansDir)
      .map((folder) => basename(folder))
      .filter((folder) => folder !== planId),
    names: scoreNames(drafted, curated),
    links: scoreLinks(links, curatedLinks, curated),
    table: {
      drafted: draftedIndicators.table.length,
      curated: curatedRows.size,
      exact: draftedIndicators.table.filter((row) => curatedRows.has(row.row)).length,
    },
    figures: (['goal', 'observation'] as const).map((kind) => {
      const ofDraft = draftedFigures.filter((f) => f.kind === kind);
      const ofCurated = curatedFigures.filter((c) => c.kind === kind);
      return {
        kind,
        drafted: ofDraft.length,
        curated: ofCurated.length,
        right: ofDraft.filter((f) => ofCurated.some((c) => matches(f, c))).length,
        found: ofCurated.filter((c) => ofDraft.some((f) => matches(f, c))).length,
      };
    }),
  };
}
