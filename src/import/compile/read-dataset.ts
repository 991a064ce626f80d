import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLParseError, parse } from 'yaml';
import type { z } from 'zod';
import { DATASET_FILES } from './dataset-schema.js';
import { listEntry, type Problem } from './problems.js';
import { normalizeName } from '../../domain/normalize-name.js';

type Files = typeof DATASET_FILES;
export type Dataset = { readonly [F in keyof Files]: z.infer<Files[F]> };

/**
 * The largest dataset or source file read: 40× the ×1000 benchmark plan's largest, far below what would
 * exhaust the importer's memory or Neo4j's transaction memory limit. A bigger file is refused unread.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a dataset or source file, or says why not: missing, or over MAX_FILE_BYTES. */
export function readLimited(file: string): { text: string } | { reason: string } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { reason: 'missing' };
  }
  if (size > MAX_FILE_BYTES) {
    return {
      reason: `too large: ${(size / 1024 / 1024).toFixed(1)} MiB, a dataset file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
    };
  }
  return { text: readFileSync(file, 'utf8') };
}

/** The raw text of every dataset file, for the dataset hash. */
export type DatasetTexts = Readonly<Record<keyof Files, string>>;

/**
 * Reads and shape-checks every file of a plan folder, each problem naming the file and the entry
 * (`industries[3].key`). An entry with a shape error is set aside and the rest of its file kept, so the checks of
 * meaning (quotes, references, relation signatures) still run over everything else and one pass reports every
 * problem. The dataset is returned whenever every file could be read, even with problems (the caller writes
 * nothing then); it is missing only when a file is unreadable, not YAML, or wrong above the level of its entries.
 */
export function readDataset(dir: string): {
  dataset?: Dataset;
  texts?: DatasetTexts;
  problems: Problem[];
  /** Gives a later problem about a kept entry the index that entry has in its file. */
  renumber: (problem: Problem) => Problem;
  /** The names and aliases of the entries set aside, whose absence is no further problem. */
  setAside: ReadonlySet<string>;
} {
  const problems: Problem[] = [];
  const kept = new Map<string, Map<string, number[]>>();
  const setAside = new Set<string>();
  const folder = folderProblem(dir);
  if (folder !== undefined) return { problems: [folder], renumber: (p) => p, setAside };
  const parsed: Partial<Record<keyof Files, unknown>> = {};
  const texts: Partial<Record<keyof Files, string>> = {};
  for (const [name, schema] of Object.entries(DATASET_FILES) as [keyof Files, Files[keyof Files]][]) {
    const file = join(dir, name);
    const read = readLimited(file);
    if ('reason' in read) {
      problems.push({
        file,
        entry: '(file)',
        reason:
          read.reason === 'missing'
            ? 'missing: every plan folder has this file (lists may be empty)'
            : read.reason,
      });
      continue;
    }
    const raw = read.text;
    texts[name] = raw;
    let data: unknown;
    try {
      data = parse(raw, { prettyErrors: true, uniqueKeys: true });
    } catch (error) {
      const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
      problems.push({ file, entry: '(file)', reason: `not valid YAML: ${reason ?? ''}` });
      continue;
    }
    const result = schema.safeParse(data);
    if (result.success) {
      parsed[name] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      problems.push({ file, entry: entryPath(data, issue.path), reason: issue.message });
    }
    const rest = withoutEntries(data, result.error.issues);
    const salvaged = rest === undefined ? undefined : schema.safeParse(rest.data);
    if (rest !== undefined && salvaged?.success) {
      parsed[name] = salvaged.data;
      kept.set(file, rest.kept);
      for (const spelling of rest.names) setAside.add(normalizeName(spelling));
    }
  }
  const renumber = (problem: Problem): Problem => {
    const { at } = problem;
    const original = at === undefined ? undefined : kept.get(problem.file)?.get(at.list)?.[at.index];
    return at === undefined || original === undefined
      ? problem
      : { ...problem, ...listEntry(at.list, original, at.label) };
  };
  const complete = Object.keys(DATASET_FILES).every((name) => name in parsed);
  return complete
    ? { dataset: parsed as Dataset, texts: texts as DatasetTexts, problems, renumber, setAside }
    : { problems, renumber, setAside };
}

/**
 * The file's data without the list entries the issues are about (`industries[3]`), or undefined when an issue
 * is not inside a list entry (a missing list, an unknown top-level key).
 */
function withoutEntries(
  data: unknown,
  issues: readonly { path: readonly PropertyKey[] }[],
): { data: unknown; kept: Map<string, number[]>; names: string[] } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const lists = data as Record<string, unknown>;
  const dropped = new Map<string, Set<number>>();
  for (const { path } of issues) {
    const [list, index] = path;
    if (typeof list !== 'string' || typeof index !== 'number' || !Array.isArray(lists[list]))
      return undefined;
    dropped.set(list, (dropped.get(list) ?? new Set()).add(index));
  }
  const rest: Record<string, unknown> = { ...lists };
  const kept = new Map<string, number[]>();
  const names: string[] = [];
  for (const [list, indexes] of dropped) {
    const entries = lists[list] as unknown[];
    kept.set(
      list,
      [...entries.keys()].filter((i) => !indexes.has(i)),
    );
    rest[list] = entries.filter((_, i) => !indexes.has(i));
    for (const i of indexes) {
      const { name, aliases } = (entries[i] ?? {}) as { name?: unknown; aliases?: unknown };
      for (const spelling of [name, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])]) {
        if (typeof spelling === 'string') names.push(spelling);
      }
    }
  }
  return { data: rest, kept, names };
}

/** One problem for a path that is no folder, instead of one "missing" per file. */
function folderProblem(dir: string): Problem | undefined {
  try {
    if (statSync(dir).isDirectory()) return undefined;
    return {
      file: dir,
      entry: '(folder)',
      reason: 'not a folder: a plan folder holds plan.yaml and the other files',
    };
  } catch {
    return { file: dir, entry: '(folder)', reason: 'no such folder' };
  }
}

/** `industries[3] (精密制造).key`: the path, with the entry's name where it has one. */
function entryPath(data: unknown, path: readonly PropertyKey[]): string {
  let label = '';
  let node: unknown = data;
  for (const [i, key] of path.entries()) {
    label += typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`;
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const name =
      node !== null && typeof node === 'object'
        ? ((node as { name?: unknown; key?: unknown }).name ?? (node as { key?: unknown }).key)
        : undefined;
    if (typeof key === 'number' && typeof name === 'string') label += ` (${name})`;
  }
  return label || '(root)';
}
