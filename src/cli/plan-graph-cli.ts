import { readFileSync } from 'node:fs';
import type { Command } from './command.js';
import { draftCommand } from './commands/draft.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { queryCommand } from './commands/query.js';
import { serveCommand } from './commands/serve.js';
import { fromRoot } from '../paths.js';
import { EXIT, runCommand } from './run-command.js';

// `plan-graph <command> …` (package.json `bin`, launched by src/cli/bin.js): picks the command and exits with
// its code. Exit codes of every command: 0 ok, 1 failure, 2 usage error.
const COMMANDS: readonly Command[] = [serveCommand, importCommand, exportCommand, queryCommand, draftCommand];

const OVERVIEW = `usage: plan-graph <command> [options]

The knowledge graph of 诸暨市人才发展“十四五”规划 in Neo4j: serve it over GraphQL, import plan folders,
export the graph, or query it from the shell.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Options:
  -h, --help      print this help
  -v, --version   print the version

Run \`plan-graph <command> --help\` for a command's options, exit codes and examples.
Exit codes: 0 ok, 1 failure, 2 usage error.
`;

const [name, ...args] = process.argv.slice(2);
const command = COMMANDS.find((c) => c.name === name);
let code: number;
if (command !== undefined) {
  code = await runCommand(command, `plan-graph ${command.name}`, args, process.env);
} else if (name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(OVERVIEW);
  code = EXIT.ok;
} else if (name === '--version' || name === '-v') {
  const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };
  process.stdout.write(`plan-graph ${version}\n`);
  code = EXIT.ok;
} else {
  process.stderr.write(`${name === undefined ? '' : `plan-graph: unknown command "${name}"\n\n`}${OVERVIEW}`);
  code = EXIT.usage;
}
// Note: ending by itself lets stdout drain (a pipe is asynchronous on macOS, and `export --out -` can print
// megabytes); the unref'd timer still ends a process that some forgotten handle would keep alive.
process.exitCode = code;
setTimeout(() => process.exit(code), 2_000).unref();
