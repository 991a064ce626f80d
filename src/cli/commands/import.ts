import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { databaseHelp } from '../database-help.js';
import { parseOrUsage, UsageError } from '../usage-error.js';

/**
 * `plan-graph import` and `npm run import`: validate plan folders, then write each changed plan to Neo4j in one
 * transaction. Exit 0 when imported or unchanged (or valid, with --check), 1 on a database failure, 2 on bad
 * input (DatasetError: every problem, nothing written) or a bad command line.
 */
export const importCommand: Command = {
  name: 'import',
  summary: 'validate plan folders and write the changed ones to Neo4j',
  help: (program) => `usage: ${program} [--check] [--force] [<plan folder> ...]
       ${program} --remove <plan id>

Validates the plan folders (default: every folder in data/plans holding a plan.yaml), then writes each plan
whose dataset changed to Neo4j in one transaction, and prints its graph digest and counts. Nothing is written
unless every folder is clean.

Options:
  --check      validate only and print each plan's counts; no database is started or touched
  --force      rewrite plans even when their dataset is unchanged
  --remove ID  take the plan with this id, and everything it owns, out of the graph (importing never removes
               a plan whose folder is gone)
  -h, --help   print this help

Exit codes:
  0  imported or unchanged (with --check: valid; with --remove: removed)
  1  the database failed (unreachable, Neo4j did not start …), or --remove names no plan in the graph
  2  bad input: every problem of every folder is listed on stderr and nothing was written; or a bad option

Examples:
  ${program} --check
  ${program} data/plans/zhuji-2021
  ${program} --remove zhuji-2021
  NEO4J_URI=bolt://127.0.0.1:7687 ${program} --force

${databaseHelp(true)}`,
  run: async (args, env) => {
    const { values, positionals } = parseOrUsage(() =>
      parseArgs({
        args: [...args],
        options: { force: { type: 'boolean' }, check: { type: 'boolean' }, remove: { type: 'string' } },
        allowPositionals: true,
        strict: true,
      }),
    );
    // Note: loaded only now, so that `--help` and usage errors answer without loading the importer.
    const { runImport, runRemove } = await import('../run-import.js');
    if (values.remove !== undefined) {
      if (positionals.length > 0 || values.check === true || values.force === true) {
        throw new UsageError('--remove takes a plan id and nothing else');
      }
      return runRemove(values.remove, env);
    }
    return runImport({ dirs: positionals, check: values.check === true, force: values.force === true }, env);
  },
};
