import { YAMLParseError, parse } from 'yaml';
import { z } from 'zod';
import { fromRoot } from '../../paths.js';
import type { Problem } from './problems.js';
import { readLimited } from './read-dataset.js';

const text = z.string().trim().min(1);

const abbreviationsFileSchema = z.strictObject({
  abbreviations: z.array(
    z.strictObject({ full: z.array(text).min(1), short: z.array(text).min(1), note: text.optional() }),
  ),
  qualifiers: z.array(text),
  boundAfter: z.array(text).default([]),
});

/** The shared table of shortenings (data/abbreviations.yaml), as checked. */
export type AbbreviationTable = z.infer<typeof abbreviationsFileSchema>;

/** Where the table lives: beside the plan folders, shared by every plan of the family. */
export const ABBREVIATIONS_FILE = fromRoot('data', 'abbreviations.yaml');

/**
 * Reads and shape-checks the shared table of shortenings; its raw text goes into every plan's dataset hash, so
 * an edit re-imports the plans it changes.
 */
export function readAbbreviations(): { table: AbbreviationTable; text: string } | { problem: Problem } {
  const file = ABBREVIATIONS_FILE;
  const read = readLimited(file);
  if ('reason' in read) return { problem: { file, entry: '(file)', reason: read.reason } };
  let data: unknown;
  try {
    data = parse(read.text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    return { problem: { file, entry: '(file)', reason: `not valid YAML: ${reason ?? ''}` } };
  }
  const result = abbreviationsFileSchema.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    return {
      problem: { file, entry: issue?.path.join('.') || '(file)', reason: issue?.message ?? 'invalid' },
    };
  }
  return { table: result.data, text: read.text };
}
