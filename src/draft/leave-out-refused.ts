import { basename } from 'node:path';
import type { Problem } from '../import/compile/problems.js';
import type { DraftFiles } from './draft-dataset.js';

/**
 * The draft without the entries the importer refused: a reading a pattern got wrong (a figure whose quote does
 * not give its unit, a link to a name left out) costs that entry, not the whole draft. A table row is the text's
 * and stays; only what the draft added to it (`measures`, `statedIn`) goes. Undefined when a problem is not about
 * a list entry (plan.yaml, the text itself): nothing can be left out for it.
 */
export function leaveOutRefused(
  files: DraftFiles,
  problems: readonly Problem[],
): { files: DraftFiles; leftOut: string[] } | undefined {
  if (problems.some((p) => p.at === undefined)) return undefined;
  const lists = new Map<string, Map<string, Set<number>>>();
  for (const { file, at } of problems) {
    if (at === undefined) continue;
    const byList = lists.get(basename(file)) ?? new Map<string, Set<number>>();
    byList.set(at.list, (byList.get(at.list) ?? new Set()).add(at.index));
    lists.set(basename(file), byList);
  }
  const next: Record<string, unknown> = { ...files };
  for (const [name, byList] of lists) {
    const content = { ...(files[name] as Record<string, unknown[]> | undefined) };
    for (const [list, indexes] of byList) {
      const entries = content[list];
      if (!Array.isArray(entries)) return undefined;
      content[list] =
        list === 'table'
          ? entries.map((entry, i) => (indexes.has(i) ? withoutAdditions(entry) : entry))
          : entries.filter((_, i) => !indexes.has(i));
    }
    next[name] = content;
  }
  return { files: next, leftOut: problems.map((p) => `${p.entry}: ${p.reason}`) };
}

function withoutAdditions(entry: unknown): unknown {
  const { measures: _measures, statedIn: _statedIn, ...row } = entry as Record<string, unknown>;
  return row;
}
