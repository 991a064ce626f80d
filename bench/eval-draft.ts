// npm run eval:draft [-- --plan zhuji-2021] [--min 0.5]
// Drafts a curated plan from its text alone, without its own curated names (leave-one-plan-out: the lexicon is
// every other plan folder's), and scores the draft's entities against the curated dataset, per kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { curatedEntities } from '../src/draft/curated-names.js';
import { draftDataset } from '../src/draft/draft-dataset.js';
import { detectPlan } from '../src/draft/detect-plan.js';
import { draftEntities } from '../src/draft/draft-entities.js';
import { lexiconOf } from '../src/draft/lexicon.js';
import { draftRelations } from '../src/draft/draft-relations.js';
import { scoreLinks, scoreNames } from '../src/draft/score-names.js';
import { parseSections } from '../src/import/parse/parse-sections.js';
import { readDataset } from '../src/import/compile/read-dataset.js';
import { fromRoot } from '../src/paths.js';

const { values } = parseArgs({
  options: {
    plan: { type: 'string', default: 'zhuji-2021' },
    min: { type: 'string', default: '0.5' },
    'min-links': { type: 'string', default: '0.4' },
  },
});
const plansDir = fromRoot('data', 'plans');
const planId = values.plan;
const read = (folder: string) => {
  const { dataset } = readDataset(join(plansDir, folder));
  if (dataset === undefined) throw new Error(`data/plans/${folder} is not a readable dataset`);
  return dataset;
};
const target = read(planId);
const others = readdirSync(plansDir).filter((folder) => folder !== planId && !folder.startsWith('.'));
const { known } = lexiconOf(plansDir, planId);
const text = readFileSync(join(plansDir, planId, target['plan.yaml'].plan.source), 'utf8');
// As `plan-graph draft` writes it: the plan's own title (in 《》 in its notice) is the plan, not a policy.
const drafted = draftEntities(text, { known, minConfidence: Number(values.min) }).filter(
  (e) => e.name !== target['plan.yaml'].plan.title,
);
const scores = scoreNames(drafted, curatedEntities(target));
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
process.stdout.write(
  `Draft of ${planId} from its text, leave-one-plan-out (lexicon: ${others.length === 0 ? 'no other plan' : others.join(', ')}), ` +
    `names kept at confidence ≥ ${values.min}:\n\n` +
    '| kind | drafted | curated | right | found | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|\n' +
    scores
      .map(
        (s) =>
          `| ${s.kind} | ${s.drafted} | ${s.curated} | ${s.correct} | ${s.found} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.f1.toFixed(2)} |`,
      )
      .join('\n') +
    '\n',
);

const title = target['plan.yaml'].plan.title;
const links = draftRelations(text, drafted, parseSections(text, title), title).filter(
  (l) => l.confidence >= Number(values['min-links']),
);
const asList = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
const curatedLinks = target['relations.yaml'].relations.flatMap((r) =>
  asList(r.from).flatMap((from) => asList(r.to).map((to) => ({ type: r.type, from, to }))),
);
const linkScores = scoreLinks(links, curatedLinks, curatedEntities(target));
process.stdout.write(
  `\nRelations drafted between those entities, kept at confidence ≥ ${values['min-links']} (both ends and the type exact):\n\n` +
    '| type | drafted | curated | right | precision | recall |\n|---|---|---|---|---|---|\n' +
    linkScores
      .map(
        (s) =>
          `| ${s.type} | ${s.drafted} | ${s.curated} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`,
      )
      .join('\n') +
    '\n',
);

// The indicator table, written goals and observations as `plan-graph draft` writes them.
const { files } = draftDataset(
  text,
  { ...detectPlan(text), id: planId, source: target['plan.yaml'].plan.source },
  lexiconOf(plansDir, planId),
);
interface DraftedFigure {
  readonly value: number;
  readonly unit: string;
  readonly evidence: readonly { readonly quote: string }[];
}
const draftedIndicators = files['indicators.yaml'] as {
  table: { row: string }[];
  written: (Omit<DraftedFigure, 'value'> & { target: number })[];
};
const draftedObservations = (files['observations.yaml'] as { observations: DraftedFigure[] }).observations;

// A row is exact when the draft names it as the curated dataset does: the importer then reads every value of it
// (category, unit, baseline, target) from the text.
const curatedRows = new Set(target['indicators.yaml'].table.map((row) => row.row));
const exactRows = draftedIndicators.table.filter((row) => curatedRows.has(row.row)).length;
process.stdout.write(
  `\nIndicator table: ${String(draftedIndicators.table.length)} rows drafted, ${String(curatedRows.size)} curated, ` +
    `${String(exactRows)} exact (the importer reads every value of a row from the text as the draft does).\n`,
);

// Figures of the prose: a drafted goal or observation is right when a curated one of the same kind gives the same
// value and unit in a curated quote that holds the drafted figure.
const spansOf = (quotes: readonly (string | { quote: string })[]) =>
  quotes.flatMap((q) => {
    const quote = typeof q === 'string' ? q : q.quote;
    const spans: { start: number; end: number }[] = [];
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
      spans.push({ start: at, end: at + quote.length });
    return spans;
  });
const figure = (
  kind: 'goal' | 'observation',
  value: number,
  unit: string,
  quotes: readonly (string | { quote: string })[],
) => ({
  kind,
  value,
  unit,
  spans: spansOf(quotes),
});
const curatedFigures = [
  ...target['indicators.yaml'].written.map((w) => figure('goal', w.target, w.unit, w.evidence)),
  ...target['observations.yaml'].observations.map((o) => figure('observation', o.value, o.unit, o.evidence)),
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
const figureRows = (['goal', 'observation'] as const).map((kind) => {
  const ofDraft = draftedFigures.filter((f) => f.kind === kind);
  const ofCurated = curatedFigures.filter((c) => c.kind === kind);
  const right = ofDraft.filter((f) => ofCurated.some((c) => matches(f, c))).length;
  const found = ofCurated.filter((c) => ofDraft.some((f) => matches(f, c))).length;
  return { kind, drafted: ofDraft.length, curated: ofCurated.length, right, found };
});
process.stdout.write(
  '\nFigures of the prose (a written goal or an observation: kind, value and unit the same, in the curated quote):\n\n' +
    '| kind | drafted | curated | right | found | precision | recall |\n|---|---|---|---|---|---|---|\n' +
    figureRows
      .map(
        (r) =>
          `| ${r.kind} | ${r.drafted} | ${r.curated} | ${r.right} | ${r.found} | ${pct(r.right / Math.max(r.drafted, 1))} | ${pct(r.found / Math.max(r.curated, 1))} |`,
      )
      .join('\n') +
    '\n',
);
