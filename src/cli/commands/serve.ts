import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { databaseHelp } from '../database-help.js';
import { UsageError, parseOrUsage } from '../usage-error.js';

/**
 * `plan-graph serve`: exactly what `npm start` runs (src/app/serve.ts), with --port and --host standing in for PORT
 * and HOST. The flags go into a copy of the environment, so readConfig stays the only reader of it.
 */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the GraphQL server (what `npm start` runs)',
  help: (program) => `usage: ${program} [--port <n>] [--host <address>]

Starts Neo4j (embedded unless NEO4J_URI is set), imports the plans in PLAN_GRAPH_PLANS_DIR when they are missing
or changed, and serves GraphQL at http://<host>:<port>/graphql (Apollo Sandbox in a browser), /healthz,
/readyz and /explore. Prints "plan-graph ready at <url>" on stdout once it answers. SIGTERM or Ctrl-C drains
HTTP, closes the driver and stops the embedded Neo4j.
The /explore page is served from dist/explore: build it once with \`npm run build\` (npm start does).

Options:
  --port <n>         HTTP port, 0 for a free one (default: PORT, else 4000)
  --host <address>   interface to bind, e.g. 127.0.0.1 (default: HOST, else every interface)
  -h, --help         print this help

Exit codes: 0 stopped cleanly after SIGTERM/SIGINT, 1 could not start (the reason is on stderr) or did not
stop in time, 2 a bad option.

Examples:
  ${program}
  ${program} --port 8080 --host 127.0.0.1
  NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=secret ${program}

Other settings: PORT, HOST, NODE_ENV, GRAPHQL_INTROSPECTION, RESPONSE_CACHE_MB, DATA_VERSION_CHECK_MS,
PLAN_GRAPH_PLANS_DIR (see "Environment variables" in docs/operations.md).

${databaseHelp(false)}`,
  run: async (args, env) => {
    const { values } = parseOrUsage(() =>
      parseArgs({
        args: [...args],
        options: { port: { type: 'string' }, host: { type: 'string' } },
        allowPositionals: false,
        strict: true,
      }),
    );
    const { port, host } = values;
    if (port !== undefined && !(/^[0-9]{1,5}$/.test(port) && Number(port) <= 65_535)) {
      throw new UsageError(`--port must be a port number from 0 to 65535, got "${port}"`);
    }
    if (host?.trim() === '') throw new UsageError('--host needs an address');
    // Note: loaded only now, so that `--help` and usage errors answer without loading the app.
    const { serve } = await import('../../app/serve.js');
    const code = await serve({
      ...env,
      ...(port === undefined ? {} : { PORT: port }),
      ...(host === undefined ? {} : { HOST: host }),
    });
    // Note: exits at once, as `npm start` does: after a signal during start-up, the half-started app (a JVM
    // still booting) must not hold the process; the JVM sees us go and stops itself.
    process.exit(code);
  },
};
