import type { Command } from './command.js';
import { UsageError } from './usage-error.js';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * Runs `command` as the user typed it: `-h`/`--help` (before any `--`) prints its help and exits 0; a
 * UsageError prints the message and a pointer to `--help` and exits 2; any other error prints its message and
 * exits 1.
 */
export async function runCommand(
  command: Command,
  program: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(command.help(program));
    return EXIT.ok;
  }
  try {
    return await command.run(args, env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${program}: ${error.message}\nRun \`${program} --help\` for usage.\n`);
      return EXIT.usage;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
