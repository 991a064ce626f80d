#!/usr/bin/env node
// The `plan-graph` command (package.json "bin"). It runs the TypeScript CLI in src/cli/plan-graph-cli.ts through
// tsx's ESM loader, registered here in-process: a fresh clone works right after `npm ci` with no build step,
// and the CLI always runs the source it sits next to (dist/ may be stale or absent). tsx is a devDependency,
// which is fine for a private project run from its clone; the Docker image runs dist/main.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./plan-graph-cli.ts');
