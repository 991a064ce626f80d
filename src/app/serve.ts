import { startApp, type App } from './start-app.js';
import { readConfig } from '../config.js';
import { createLogger } from '../logger.js';

const SHUTDOWN_DEADLINE_MS = 9_000;

// The shell's code for a process ended by a signal: 128 + its number.
const INTERRUPTED = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * What `npm start` and `plan-graph serve` run: reads the config from `env`, starts the app and stops it on
 * SIGTERM/SIGINT. Resolves with the exit code once the process should end: 0 after a clean stop, 1 when the
 * start failed (the reason is on stderr) or the stop did, 130/143 when a signal interrupted the start (after
 * whatever had started, Neo4j included, has stopped). A stop that outlives its deadline exits 1 at once; a
 * second signal ends the process as Node does.
 */
export async function serve(env: NodeJS.ProcessEnv): Promise<number> {
  let app: App | undefined;
  const starting = new AbortController();
  let interruptedBy: keyof typeof INTERRUPTED | undefined;
  const stopped = new Promise<number>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        process.stderr.write(`${signal}: shutting down\n`);
        setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
        if (app === undefined) {
          // During start-up: startApp stops what has started and rejects; the start below returns the code.
          interruptedBy = signal;
          starting.abort(new Error(`${signal} during start-up`));
          return;
        }
        app.stop().then(
          () => {
            resolve(0);
          },
          () => {
            resolve(1);
          },
        );
      });
    }
  });
  try {
    const config = readConfig(env);
    app = await startApp(config, createLogger(config.logLevel), env, {
      listening: (url) => process.stdout.write(`plan-graph listening at ${url}; preparing the graph\n`),
      signal: starting.signal,
    });
    if (interruptedBy !== undefined) {
      // The signal came after the last step that checks it: stop what is now running.
      await app.stop();
      throw starting.signal.reason;
    }
    process.stdout.write(
      `plan-graph ready at ${app.url} (open it in a browser for Sandbox or /graphiql; the explorer is at ` +
        `${app.url.replace(/\/graphql$/, '/explore')})\n`,
    );
    return await stopped;
  } catch (error) {
    if (interruptedBy !== undefined) {
      process.stderr.write('plan-graph stopped before it was ready\n');
      return INTERRUPTED[interruptedBy];
    }
    process.stderr.write(
      `plan-graph could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
