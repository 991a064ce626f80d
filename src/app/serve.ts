import { startApp, type App } from './start-app.js';
import { readConfig } from '../config.js';
import { createLogger } from '../logger.js';

const SHUTDOWN_DEADLINE_MS = 9_000;

/**
 * What `npm start` and `plan-graph serve` run: reads the config from `env`, starts the app and stops it on
 * SIGTERM/SIGINT. Resolves with the exit code once the process should end: 0 after a clean stop, 1 when the
 * start failed (the reason is on stderr) or the stop did. A stop that outlives its deadline exits 1 at once.
 */
export async function serve(env: NodeJS.ProcessEnv): Promise<number> {
  let app: App | undefined;
  const stopped = new Promise<number>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        process.stderr.write(`${signal}: shutting down\n`);
        setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
        // Note: during start-up there is nothing to drain; the embedded JVM sees us exit and stops itself.
        (app?.stop() ?? Promise.resolve()).then(
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
  const started = (async () => {
    try {
      const config = readConfig(env);
      app = await startApp(config, createLogger(config.logLevel), env, {
        listening: (url) => process.stdout.write(`plan-graph listening at ${url}; preparing the graph\n`),
      });
      process.stdout.write(
        `plan-graph ready at ${app.url} (open it in a browser for Sandbox; the explorer is at ` +
          `${app.url.replace(/\/graphql$/, '/explore')})\n`,
      );
      return await stopped;
    } catch (error) {
      process.stderr.write(
        `plan-graph could not start: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    }
  })();
  // A signal during start-up ends the process at once, as it always has.
  return Promise.race([stopped, started]);
}
