import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/db.js';
import { applyGraphSchema } from '../db/graph-schema.js';
import { queries } from '../db/queries.js';
import { compilePlanFolder, type CompiledPlan } from './compile/compile-plan.js';
import { peekDataset } from './compile/dataset-hash.js';
import { DatasetError, type Problem } from './compile/problems.js';
import { writePlanGraph, type WriteOptions } from './write/write-plan-graph.js';

export interface ImportOptions extends WriteOptions {
  /** Write even when the stored plan was built from the same dataset. */
  readonly force?: boolean;
}

export interface ImportResult {
  readonly planId: string;
  readonly status: 'imported' | 'unchanged';
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Imports plan folders. Everything is checked first and every problem of every folder is reported at once
 * (DatasetError); nothing is written unless all folders are clean. Then the graph schema is applied and each
 * plan whose dataset changed (or is not in the graph) is replaced in one transaction. Re-running with the same
 * data changes nothing.
 */
export async function importPlans(
  db: Db,
  dirs: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult[]> {
  // Note: a folder whose files hash to what the graph was built from needs no compiling at all; a large plan
  // takes seconds to compile, and `npm start` should not pay that on every start.
  const peeks = dirs.map((dir) => ({ dir, peek: peekDataset(dir) }));
  const owners = new Map<string, number>();
  for (const { peek } of peeks) if (peek) owners.set(peek.planId, (owners.get(peek.planId) ?? 0) + 1);
  const stale: string[] = [];
  const results: ImportResult[] = [];
  for (const { dir, peek } of peeks) {
    // A plan id claimed twice is compiled, so the duplicate is reported, never silently skipped.
    const unique = peek !== undefined && owners.get(peek.planId) === 1;
    const stored = unique ? (await db.read(queries.planDatasetHash, { planId: peek.planId }))[0] : undefined;
    if (unique && stored?.datasetHash === peek.datasetHash && options.force !== true) {
      results.push({ planId: peek.planId, status: 'unchanged', counts: {} });
    } else stale.push(dir);
  }
  // Everything is checked before anything is written, the graph's constraints and indexes included: a bad
  // dataset leaves the database exactly as it was.
  const compiled = compileAll(stale);
  await applyGraphSchema(db);
  for (const { graph } of compiled) {
    await writePlanGraph(db, graph, options);
    results.push({ planId: graph.planId, status: 'imported', counts: countsOf(compiled, graph.planId) });
  }
  return results;
}

/** Compiles every folder, or throws a DatasetError listing every problem found in any of them. */
export function compileAll(dirs: readonly string[]): CompiledPlan[] {
  const problems: Problem[] = [];
  const compiled: CompiledPlan[] = [];
  const owners = new Map<string, string>();
  for (const dir of dirs) {
    const result = compilePlanFolder(dir);
    problems.push(...result.problems);
    if (result.compiled === undefined) continue;
    const { planId } = result.compiled.graph;
    const other = owners.get(planId);
    if (other !== undefined)
      problems.push({
        file: join(dir, 'plan.yaml'),
        entry: 'plan.id',
        reason: `${planId} is also the id of ${other}`,
      });
    owners.set(planId, dir);
    compiled.push(result.compiled);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return compiled;
}

/** Every folder below `plansDir` that holds a plan.yaml: adding a plan is adding a folder. */
export function listPlanFolders(plansDir: string): string[] {
  return readdirSync(plansDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(plansDir, entry.name)).includes('plan.yaml'))
    .map((entry) => join(plansDir, entry.name))
    .sort();
}

function countsOf(compiled: readonly CompiledPlan[], planId: string): Record<string, number> {
  const graph = compiled.find((c) => c.graph.planId === planId)?.graph;
  if (graph === undefined) return {};
  const counts: Record<string, number> = {
    sections: graph.sections.length,
    indicators: graph.indicators.length,
    observations: graph.observations.length,
    mentions: graph.mentions.length,
  };
  for (const e of graph.entities) counts[`entity:${e.kind}`] = (counts[`entity:${e.kind}`] ?? 0) + 1;
  for (const r of graph.relations) counts[`relation:${r.type}`] = (counts[`relation:${r.type}`] ?? 0) + 1;
  return counts;
}
