/** One `plan-graph` subcommand. */
export interface Command {
  readonly name: string;
  /** One line for `plan-graph --help`. */
  readonly summary: string;
  /** What `--help` prints; `program` is how the user invoked the command (`plan-graph import`). */
  help(program: string): string;
  /**
   * Runs with the arguments after the command name and resolves with the exit code. A wrong command line
   * throws a UsageError (exit 2); any other error is a failure (exit 1), its message printed on stderr.
   */
  run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number>;
}
