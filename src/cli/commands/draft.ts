import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { parseOrUsage, UsageError } from '../usage-error.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `plan-graph draft` and `npm run draft`: a new plan's text read into a plan folder of quoted, draft entries for
 * a curator to confirm. Exit 0 when written, 1 when the draft would not import, 2 on a bad file or command line.
 */
export const draftCommand: Command = {
  name: 'draft',
  summary: "read a new plan's text into a draft plan folder to curate",
  help: (program) => `usage: ${program} FILE --slug SLUG [--force] [--report]

Reads a talent plan's text (UTF-8, or GB18030/GBK, converted) and writes the plan folder data/plans/SLUG (or
PLAN_GRAPH_PLANS_DIR/SLUG): the text, plan.yaml with the metadata the text prints, and every entity the
patterns find, each quoted from the sentence that first names it and marked \`curation: draft\`, and the
indicator table's rows. Names other plans' folders curate are found first. The folder passes the importer's
checks before it is written; \`plan-graph import\` then loads it beside the other plans.

Options:
  --slug SLUG  the new plan's id and folder name: lower-case letters, digits and hyphens (e.g. shaoxing-2021)
  --force      replace an existing folder of that name
  --report     print the counts per kind and the weakest names to check first
  -h, --help   print this help

Exit codes:
  0  written (its path printed on stdout)
  1  the draft would not import (the problems are listed; nothing was written)
  2  a bad command line, or a file that is missing, empty, binary or not Chinese text; or the folder exists

Examples:
  ${program} shaoxing-talent-plan.txt --slug shaoxing-2021 --report
  npm run draft -- shaoxing-talent-plan.txt --slug shaoxing-2021
`,
  run: async (args, env) => {
    const { values, positionals } = parseOrUsage(() =>
      parseArgs({
        args: [...args],
        options: { slug: { type: 'string' }, force: { type: 'boolean' }, report: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      }),
    );
    const [file, ...rest] = positionals;
    if (file === undefined || rest.length > 0) throw new UsageError('give exactly one FILE: the plan’s text');
    if (values.slug === undefined)
      throw new UsageError('give --slug, the new plan’s id (e.g. shaoxing-2021)');
    if (!SLUG.test(values.slug)) {
      throw new UsageError(
        `--slug must be lower-case letters, digits and hyphens, e.g. shaoxing-2021: ${values.slug}`,
      );
    }
    // Note: loaded only now, so that `--help` and usage errors answer without loading the drafter.
    const { runDraft } = await import('../run-draft.js');
    return runDraft(
      { file, slug: values.slug, force: values.force === true, report: values.report === true },
      env,
    );
  },
};
