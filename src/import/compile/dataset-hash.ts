import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DATASET_FILES } from './dataset-schema.js';
import { ABBREVIATIONS_FILE } from './read-abbreviations.js';
import { readLimited } from './read-dataset.js';

/**
 * Bumped whenever compilation changes what a dataset turns into, so `npm start` re-imports unchanged data
 * written by an older version.
 */
export const GRAPH_FORMAT_VERSION = 11;

/**
 * SHA-256 over the format version, every dataset file, the shared table of shortenings and the source text: what
 * the stored plan was built from.
 */
export function hashDataset(
  texts: Readonly<Record<string, string>>,
  sourceText: string,
  abbreviations: string,
): string {
  const hash = createHash('sha256').update(`plan-graph format ${GRAPH_FORMAT_VERSION}\0`);
  for (const name of Object.keys(texts).sort()) hash.update(`${name}\0${texts[name] ?? ''}\0`);
  return hash.update(`abbreviations\0${abbreviations}\0`).update(sourceText).digest('hex');
}

/**
 * The plan id and dataset hash of a folder, read without compiling it: enough to see that a plan is unchanged
 * and skip it. Undefined when the folder is unreadable; compiling it then reports why.
 */
export function peekDataset(dir: string): { planId: string; datasetHash: string } | undefined {
  try {
    const read = (path: string): string => {
      const result = readLimited(path);
      if ('reason' in result) throw new Error(result.reason);
      return result.text;
    };
    const texts: Record<string, string> = {};
    for (const name of Object.keys(DATASET_FILES)) texts[name] = read(join(dir, name));
    const plan = (parse(texts['plan.yaml'] ?? '') as { plan?: { id?: unknown; source?: unknown } } | null)
      ?.plan;
    if (typeof plan?.id !== 'string' || typeof plan.source !== 'string') return undefined;
    return {
      planId: plan.id,
      datasetHash: hashDataset(texts, read(join(dir, plan.source)), read(ABBREVIATIONS_FILE)),
    };
  } catch {
    return undefined;
  }
}
