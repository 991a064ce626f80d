import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLParseError, parse } from 'yaml';
import type { z } from 'zod';
import { DATASET_FILES } from './dataset-schema.js';
import type { Problem } from './problems.js';

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
 * Reads and shape-checks every file of a plan folder. Returns the dataset only when every file is readable and
 * valid; otherwise every problem, each naming the file and the entry (`industries[3].key`).
 */
export function readDataset(dir: string): { dataset?: Dataset; texts?: DatasetTexts; problems: Problem[] } {
  const problems: Problem[] = [];
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
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, entry: entryPath(data, issue.path), reason: issue.message });
      }
      continue;
    }
    parsed[name] = result.data;
  }
  return problems.length > 0
    ? { problems }
    : { dataset: parsed as Dataset, texts: texts as DatasetTexts, problems };
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
