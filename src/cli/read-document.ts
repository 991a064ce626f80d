import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error.js';

/**
 * The GraphQL document of `plan-graph query`: from FILE, or from stdin when FILE is `-` or absent. An absent
 * FILE with a terminal on stdin is a usage error (the user forgot the document), as is an unreadable file or
 * an empty document.
 */
export async function readDocument(file: string | undefined): Promise<string> {
  let text: string;
  if (file === undefined || file === '-') {
    if (file === undefined && process.stdin.isTTY) {
      throw new UsageError('give a FILE holding the GraphQL document, or pipe one to stdin');
    }
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  if (text.trim() === '') {
    const source = file === undefined || file === '-' ? 'on stdin' : `in ${file}`;
    throw new UsageError(`the GraphQL document ${source} is empty`);
  }
  return text;
}

/** `--variables JSON`: a JSON object, or a usage error naming what is wrong with it. */
export function parseVariables(json: string | undefined): Record<string, unknown> | undefined {
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new UsageError(
      `--variables is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError('--variables must be a JSON object, e.g. \'{"name": "美丽珍珠"}\'');
  }
  return value as Record<string, unknown>;
}
