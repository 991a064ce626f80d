#!/usr/bin/env node
// The `plan-graph` command (package.json "bin"). It runs the compiled CLI, dist/cli/plan-graph-cli.js, so it needs
// no devDependency (the Docker image prunes them). `npm run build` writes dist/, and `npm ci` runs it through the
// `prepare` script; a clone installed with --ignore-scripts has no dist/ yet, and is told so in one line.
import { existsSync } from 'node:fs';
import { exit, stderr } from 'node:process';
import { URL } from 'node:url';

const cli = new URL('../../dist/cli/plan-graph-cli.js', import.meta.url);
if (!existsSync(cli)) {
  stderr.write('plan-graph is not built: run `npm run build`\n');
  exit(1);
}
await import(cli.href);
