import { startApp, type App } from './app.js';
import { readConfig } from './config.js';
import { createLogger } from './logger.js';

// Reads config, starts the app, stops it on SIGTERM/SIGINT; nothing else.
const SHUTDOWN_DEADLINE_MS = 9_000;
let app: App | undefined;

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    process.stderr.write(`${signal}: shutting down\n`);
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    // Note: during start-up there is nothing to drain; the embedded JVM sees us exit and stops itself.
    (app?.stop() ?? Promise.resolve()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

try {
  const config = readConfig(process.env);
  app = await startApp(config, createLogger(config.logLevel), process.env, {
    listening: (url) => process.stdout.write(`plan-graph listening at ${url}; preparing the graph\n`),
  });
  process.stdout.write(`plan-graph ready at ${app.url} (open it in a browser for Sandbox)\n`);
} catch (error) {
  process.stderr.write(
    `plan-graph could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
