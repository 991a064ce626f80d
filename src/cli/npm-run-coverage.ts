import { compileAll, listPlanFolders } from '../import/import-plans.js';
import { findUncovered } from '../import/compile/coverage.js';
import { DatasetError } from '../import/compile/problems.js';
import { fromRoot } from '../paths.js';

// `npm run coverage`: candidate names in each plan's text that the dataset neither models nor ignores.
// Exit 0 when there are none, 1 when there are some, 2 when the dataset itself is invalid.
const dirs = process.argv.length > 2 ? process.argv.slice(2) : listPlanFolders(fromRoot('data', 'plans'));
try {
  let total = 0;
  for (const compiled of compileAll(dirs)) {
    const uncovered = findUncovered(compiled);
    total += uncovered.length;
    process.stdout.write(
      `${compiled.graph.planId}: ${uncovered.length} candidate name(s) neither in the dataset nor ignored\n`,
    );
    for (const c of uncovered) {
      process.stdout.write(`  ${c.sectionPath.padEnd(14)} ${c.pattern.padEnd(4)} ${c.text}\n`);
    }
  }
  if (total > 0) {
    process.stdout.write('Model each one in the dataset, or add it to coverage.yaml with the reason.\n');
    process.exit(1);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof DatasetError ? 2 : 1);
}
