import { importCommand } from './commands/import.js';
import { runCommand } from './run-command.js';

// `npm run import -- [--check] [--force] [dirs…]`: the same command as `plan-graph import`.
process.exit(await runCommand(importCommand, 'npm run import --', process.argv.slice(2), process.env));
