import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../config.js';
import { ExportError, exportGraph, type ExportFile, type ExportOptions } from '../export/export-graph.js';
import { createLogger } from '../logger.js';
import { openCliDatabase, warnWhenNoPlan } from './open-cli-database.js';
import { EXIT } from './run-command.js';
import { UsageError } from './usage-error.js';

export interface ExportTarget {
  /** A folder for the files (created when missing), or `-` for stdout (one file only). */
  readonly out: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Exports from the configured Neo4j and writes the files. Resolves with 0, or 1 (message on stderr) when the
 * entity or plan is unknown; an export option the exporter refuses is a UsageError.
 */
export async function runExport(options: ExportOptions, { out, env }: ExportTarget): Promise<number> {
  const config = readConfig(env);
  const database = await openCliDatabase(config, createLogger(config.logLevel), env, 'export');
  let files: ExportFile[];
  try {
    await warnWhenNoPlan(database.db);
    files = await exportGraph(database.db, options);
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    if (error.code === 'BAD_USER_INPUT') throw new UsageError(error.message);
    process.stderr.write(`${error.message}\n`);
    return EXIT.failure;
  } finally {
    await database.close();
  }
  writeFiles(files, out);
  return EXIT.ok;
}

/** Writes the files into `out` and prints their paths, or prints the one file when `out` is `-`. */
function writeFiles(files: readonly ExportFile[], out: string): void {
  if (out === '-') {
    const [file] = files;
    if (file === undefined || files.length > 1) throw new Error(`expected one file, got ${files.length}`);
    process.stdout.write(file.body);
    return;
  }
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  for (const file of files) {
    // Note: a name is built from graph data (an entity's name); it must never leave `dir`.
    const name = file.name.replace(/[/\\]/g, '_').replace(/^\.+$/, '_');
    const path = resolve(dir, name);
    writeFileSync(path, file.body);
    process.stdout.write(`${path}\n`);
  }
}
