import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { databaseHelp } from '../database-help.js';
import { parseVariables, readDocument } from '../read-document.js';
import { UsageError, parseOrUsage } from '../usage-error.js';

/**
 * `plan-graph query`: one GraphQL operation through the real schema (limits, deadline and error masking as over
 * HTTP), its JSON result pretty-printed on stdout. Exit 0 without errors, 1 when the result has errors (or the
 * database failed), 2 on a bad command line (unreadable file, variables that are not a JSON object).
 */
export const queryCommand: Command = {
  name: 'query',
  summary: 'run a GraphQL document against the graph and print the JSON result',
  help: (program) => `usage: ${program} [FILE | -] [--variables <json>] [--operation <name>] [--url <url>]

Runs the GraphQL document in FILE (or read from stdin when FILE is - or left out) against the graph, through
the same schema, limits and error masking as the server, and prints the JSON result on stdout.

Options:
  --variables <json>   the operation's variables, a JSON object
  --operation <name>   which operation to run when the document holds several
  --url <url>          ask a running plan-graph over HTTP (e.g. http://localhost:4000) instead of Neo4j:
                       no database is opened, the answer comes from that server
  -h, --help           print this help

Exit codes:
  0  the result has no errors
  1  the result has errors (they are in the printed JSON), or the database (or --url server) failed
  2  a bad command line: FILE unreadable or empty, --variables not a JSON object, an unknown option

Examples:
  echo '{ industry(name: "美丽珍珠") { name platforms { name } } }' | ${program}
  ${program} schema/operations/questions.graphql --operation IndustriesWithoutPlatforms
  ${program} q.graphql --variables '{"name": "数智安防"}'
  ${program} q.graphql --url http://localhost:4000

${databaseHelp(true)}`,
  run: async (args, env) => {
    const { values, positionals } = parseOrUsage(() =>
      parseArgs({
        args: [...args],
        options: { variables: { type: 'string' }, operation: { type: 'string' }, url: { type: 'string' } },
        allowPositionals: true,
        strict: true,
      }),
    );
    if (positionals.length > 1) throw new UsageError(`one FILE at most, got ${positionals.join(' ')}`);
    const variables = parseVariables(values.variables);
    const query = await readDocument(positionals[0]);
    await checkOperationChoice(query, values.operation);

    const request = {
      query,
      ...(variables ? { variables } : {}),
      ...(values.operation === undefined ? {} : { operationName: values.operation }),
    };
    if (values.url !== undefined) {
      const { runRemoteQuery } = await import('../run-remote-query.js');
      return runRemoteQuery(request, values.url);
    }
    // Note: loaded only now, so that `--help` and usage errors answer without loading Apollo and the driver.
    const { runQuery } = await import('../run-query.js');
    return runQuery(request, env);
  },
};

/**
 * A document with several operations needs `--operation`, and the name given must be one of them: said at once,
 * with the names, before Neo4j is opened. A document that does not parse is left to the server, which reports
 * where (GRAPHQL_PARSE_FAILED).
 */
async function checkOperationChoice(query: string, chosen: string | undefined): Promise<void> {
  const { Kind, parse } = await import('graphql');
  let names: string[];
  try {
    names = parse(query)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value ?? '(anonymous)');
  } catch {
    return;
  }
  if (chosen === undefined && names.length > 1) {
    throw new UsageError(
      `the document holds ${names.length} operations; choose one with --operation: ${names.join(', ')}`,
    );
  }
  if (chosen !== undefined && !names.includes(chosen)) {
    throw new UsageError(`no operation named ${chosen}; the document holds: ${names.join(', ')}`);
  }
}
