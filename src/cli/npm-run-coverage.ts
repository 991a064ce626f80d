import { compileAll, listPlanFolders } from '../import/import-plans.js';
import { findUncovered } from '../import/compile/uncovered-names.js';
import { DatasetError } from '../import/compile/problems.js';
import { relationCoverage } from '../import/compile/relation-coverage.js';
import { fromRoot } from '../paths.js';

// `npm run coverage`: candidate names in each plan's text that the dataset neither models nor ignores, and pairs
// of entities the text names together that relations.yaml neither links nor relation-decisions.yaml dismisses.
// Exit 0 when there are none, 1 when there are some, 2 when the dataset itself is invalid.
const dirs = process.argv.length > 2 ? process.argv.slice(2) : listPlanFolders(fromRoot('data', 'plans'));
const write = (line: string) => process.stdout.write(`${line}\n`);
try {
  let total = 0;
  for (const compiled of compileAll(dirs)) {
    const { planId } = compiled.graph;
    const uncovered = findUncovered(compiled);
    total += uncovered.length;
    write(`${planId}: ${uncovered.length} candidate name(s) neither in the dataset nor ignored`);
    for (const c of uncovered) write(`  ${c.sectionPath.padEnd(14)} ${c.pattern.padEnd(4)} ${c.text}`);
    if (uncovered.length > 0)
      write('  Model each one in the dataset, or add it to coverage.yaml with the reason.');

    const relations = relationCoverage(compiled);
    total += relations.undecided.length + relations.stale.length + relations.orphans.length;
    write(
      `${planId}: ${relations.pairs} pair(s) named together, ${relations.undecided.length} neither linked nor dismissed`,
    );
    for (const c of relations.undecided) {
      const quote = compiled.source.text.slice(c.start, Math.min(c.end, c.start + 60)).replace(/\s+/g, ' ');
      write(
        `  ${c.sectionPath.padEnd(14)} ${c.where.padEnd(8)} ${c.a.name} (${c.a.kind}) ~ ${c.b.name} (${c.b.kind}): ${quote}`,
      );
    }
    if (relations.undecided.length > 0)
      write('  Link each pair in relations.yaml, or dismiss it in relation-decisions.yaml with the reason.');
    const entities = compiled.graph.entities.length;
    write(
      `${planId}: ${relations.unlinkedCount} of ${entities} entities linked to nothing (${((100 * relations.unlinkedCount) / entities).toFixed(1)} %), ${relations.orphans.length} without a reason`,
    );
    for (const e of relations.orphans) write(`  ${e.kind.padEnd(18)} ${e.name}`);
    if (relations.orphans.length > 0)
      write(
        '  Link each one in relations.yaml, or list it under unlinked in relation-decisions.yaml with the reason.',
      );
    for (const s of relations.stale) write(`  relation-decisions.yaml ${s.entry}: ${s.reason}`);
  }
  process.exit(total > 0 ? 1 : 0);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof DatasetError ? 2 : 1);
}
