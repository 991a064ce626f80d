// npm run eval:draft [-- --plan zhuji-2021] [--min 0.5] [--min-links 0.4]
// Drafts a curated plan from its text alone, without its own curated names (leave-one-plan-out: the lexicon is
// every other plan folder's), and scores the draft against the curated dataset (src/draft/evaluate-draft.ts).
import { parseArgs } from 'node:util';
import { evaluateDraft } from '../src/draft/evaluate-draft.js';
import { fromRoot } from '../src/paths.js';

const { values } = parseArgs({
  options: {
    plan: { type: 'string', default: 'zhuji-2021' },
    min: { type: 'string', default: '0.5' },
    'min-links': { type: 'string', default: '0.4' },
  },
});
const result = evaluateDraft(fromRoot('data', 'plans'), values.plan, {
  minNames: Number(values.min),
  minLinks: Number(values['min-links']),
});
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const { names, links, table, figures } = result;
process.stdout.write(
  `Draft of ${result.planId} from its text, leave-one-plan-out (lexicon: ${result.others.length === 0 ? 'no other plan' : result.others.join(', ')}), ` +
    `names kept at confidence ≥ ${values.min}:\n\n` +
    '| kind | drafted | curated | right | found | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|\n' +
    names
      .map(
        (s) =>
          `| ${s.kind} | ${s.drafted} | ${s.curated} | ${s.correct} | ${s.found} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.f1.toFixed(2)} |`,
      )
      .join('\n') +
    '\n' +
    `\nRelations drafted between those entities, kept at confidence ≥ ${values['min-links']} (both ends and the type exact):\n\n` +
    '| type | drafted | curated | right | precision | recall |\n|---|---|---|---|---|---|\n' +
    links
      .map(
        (s) =>
          `| ${s.type} | ${s.drafted} | ${s.curated} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`,
      )
      .join('\n') +
    '\n' +
    `\nIndicator table: ${String(table.drafted)} rows drafted, ${String(table.curated)} curated, ` +
    `${String(table.exact)} exact (the importer reads every value of a row from the text as the draft does).\n` +
    '\nFigures of the prose (a written goal or an observation: kind, value and unit the same, in the curated quote):\n\n' +
    '| kind | drafted | curated | right | found | precision | recall |\n|---|---|---|---|---|---|---|\n' +
    figures
      .map(
        (r) =>
          `| ${r.kind} | ${r.drafted} | ${r.curated} | ${r.right} | ${r.found} | ${pct(r.right / Math.max(r.drafted, 1))} | ${pct(r.found / Math.max(r.curated, 1))} |`,
      )
      .join('\n') +
    '\n',
);
