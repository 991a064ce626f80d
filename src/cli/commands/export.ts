import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../../export/export-graph.js';
import type { Command } from '../command.js';
import { databaseHelp } from '../database-help.js';
import { UsageError, parseOrUsage } from '../usage-error.js';

/**
 * `plan-graph export`: the graph (or one entity's neighbourhood) as files in DIR, their paths printed on stdout,
 * or a single-file format on stdout with `--out -`. Exit 0 when written, 1 when the entity or plan is unknown
 * or the database failed, 2 on a bad command line.
 */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as GraphML, CSV or JSON-LD files',
  help: (
    program,
  ) => `usage: ${program} --format graphml|csv|jsonld [--entity <name>] [--depth 1|2] [--plan <id>]
       [--out <dir> | --out -]

Exports the knowledge graph: every entity and relationship of the plan, or with --entity that entity and its
neighbours up to --depth hops. graphml and jsonld are one file each; csv is three tables (nodes, edges and
indicators).

Options:
  --format <f>     graphml (Gephi, yEd, Cytoscape), csv (spreadsheets, neo4j-admin) or jsonld (linked data)
  --entity <name>  only this entity (its name or an alias) and its neighbourhood
  --depth 1|2      hops around --entity (default 1)
  --plan <id>      the plan to export, e.g. zhuji-2021 (default: every plan in the graph)
  --out <dir>      folder for the files, created when missing (default: the current folder); the written
                   paths are printed on stdout, one a line
  --out -          print the file on stdout instead (graphml and jsonld only)
  -h, --help       print this help

Exit codes:
  0  exported
  1  the entity or plan is not in the graph, or the database failed
  2  a bad command line: missing or unknown --format, bad --depth, --out - with csv, an unknown option

Examples:
  ${program} --format graphml --out exports/
  ${program} --format csv --plan zhuji-2021 --out exports/csv
  ${program} --format jsonld --entity 美丽珍珠 --depth 2 --out - > pearl.jsonld

${databaseHelp(true)}`,
  run: async (args, env) => {
    const { values } = parseOrUsage(() =>
      parseArgs({
        args: [...args],
        options: {
          format: { type: 'string' },
          entity: { type: 'string' },
          depth: { type: 'string' },
          plan: { type: 'string' },
          out: { type: 'string' },
        },
        allowPositionals: false,
        strict: true,
      }),
    );
    const format = EXPORT_FORMATS.find((f) => f === values.format);
    if (format === undefined) {
      throw new UsageError(
        values.format === undefined
          ? `--format is required: ${EXPORT_FORMATS.join(', ')}`
          : `--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${values.format}"`,
      );
    }
    if (values.depth !== undefined && values.depth !== '1' && values.depth !== '2') {
      throw new UsageError(`--depth must be 1 or 2, got "${values.depth}"`);
    }
    if (values.depth !== undefined && values.entity === undefined) {
      throw new UsageError('--depth counts hops around an --entity; give one');
    }
    const out = values.out ?? '.';
    if (out === '-' && format === 'csv') {
      throw new UsageError('--out - prints one file, and csv is three: give --out <dir>');
    }

    // Note: loaded only now, so that `--help` and usage errors answer without loading the driver.
    const { runExport } = await import('../run-export.js');
    return runExport(
      {
        format,
        ...(values.entity === undefined ? {} : { entity: values.entity }),
        ...(values.depth === undefined ? {} : { depth: values.depth === '2' ? 2 : 1 }),
        ...(values.plan === undefined ? {} : { plan: values.plan }),
      },
      { out, env },
    );
  },
};
