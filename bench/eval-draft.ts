// npm run eval:draft [-- --plan zhuji-2021] [--min 0.5]
// Drafts a curated plan from its text alone, without its own curated names (leave-one-plan-out: the lexicon is
// every other plan folder's), and scores the draft's entities against the curated dataset, per kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { curatedEntities } from '../src/draft/curated-names.js';
import { draftTableRows } from '../src/draft/draft-dataset.js';
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

// The table rows as the draft writes them, against the rows the curated dataset annotates: a row is exact when
// the draft reads it with the same name, category, unit, baseline and target as the importer does from the text.
const draftedRows = draftTableRows(text, parseSections(text, title));
const curatedRows = new Set(target['indicators.yaml'].table.map((row) => row.row));
const exactRows = draftedRows.filter((row) => curatedRows.has(row.name)).length;
process.stdout.write(
  `\nIndicator table: ${String(draftedRows.length)} rows drafted, ${String(curatedRows.size)} curated, ` +
    `${String(exactRows)} exact (the importer reads every value of a row from the text as the draft does).\n`,
);
