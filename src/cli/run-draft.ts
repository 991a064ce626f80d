import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { readConfig } from '../config.js';
import { detectPlan } from '../draft/detect-plan.js';
import { draftDataset, type DraftFiles, type DraftReport } from '../draft/draft-dataset.js';
import { leaveOutRefused } from '../draft/leave-out-refused.js';
import { lexiconOf } from '../draft/lexicon.js';
import { readPlanText } from '../draft/read-plan-text.js';
import { compilePlanFolder } from '../import/compile/compile-plan.js';
import { EXIT } from './run-command.js';
import { UsageError } from './usage-error.js';

// Rounds of leaving out what the importer refuses: a name left out can orphan a link to it, nothing further.
const MAX_ROUNDS = 3;

export interface DraftRequest {
  readonly file: string;
  readonly slug: string;
  readonly force: boolean;
  readonly report: boolean;
}

/**
 * `plan-graph draft`: a plan folder for FILE's text in the plans folder, named by the slug. It is written beside,
 * checked by the importer's own validation, and only then moved into place: a draft that would not import, a
 * bad file or an existing folder (without --force) leaves the plans folder as it was.
 */
export function runDraft(request: DraftRequest, env: NodeJS.ProcessEnv): number {
  const { plansDir } = readConfig(env);
  let bytes: Buffer;
  try {
    bytes = readFileSync(request.file);
  } catch (error) {
    throw new UsageError(
      `cannot read ${request.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const read = readPlanText(bytes);
  if ('reason' in read) throw new UsageError(`${request.file}: ${read.reason}`);
  if (read.encoding !== 'utf-8') {
    process.stderr.write(`plan-graph draft: ${request.file} is GB18030/GBK text, written as UTF-8\n`);
  }
  const target = join(plansDir, request.slug);
  if (existsSync(target) && !request.force) {
    throw new UsageError(`${target} exists; give --force to replace it with a new draft`);
  }
  const detected = detectPlan(read.text);
  const source = `${request.slug}.txt`;
  let drafted: ReturnType<typeof draftDataset>;
  try {
    drafted = draftDataset(
      read.text,
      { ...detected, id: request.slug, source },
      lexiconOf(plansDir, request.slug),
    );
  } catch (error) {
    // The sections come from the plan's own numbering (一、 (一) 1.): a text without it cannot be cut.
    throw new UsageError(`${request.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { report } = drafted;
  let { files } = drafted;
  if (report.furniture.length > 0) {
    const shown = report.furniture.slice(0, 8).map((f) => `${String(f.line)} (${f.kind}: ${f.text})`);
    process.stderr.write(
      `plan-graph draft: ${String(report.furniture.length)} lines are the pages', not the plan's, and were read ` +
        `past (the text is kept as it is): line ${shown.join(', ')}${report.furniture.length > 8 ? ', …' : ''}\n`,
    );
  }
  const staging = join(plansDir, `.${request.slug}.draft-${String(process.pid)}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    writeFileSync(join(staging, source), read.text);
    const writeFiles = (content: DraftFiles) => {
      for (const [name, value] of Object.entries(content)) {
        writeFileSync(
          join(staging, name),
          `# Drafted by plan-graph draft from ${basename(request.file)}: confirm each entry.\n${stringify(value)}`,
        );
      }
    };
    writeFiles(files);
    let { problems } = compilePlanFolder(staging);
    // What the importer refuses is left out, entry by entry, rather than the whole draft refused.
    const leftOut: string[] = [];
    for (let round = 0; round < MAX_ROUNDS && problems.length > 0; round++) {
      const pruned = leaveOutRefused(files, problems);
      if (pruned === undefined) break;
      files = pruned.files;
      leftOut.push(...pruned.leftOut);
      writeFiles(files);
      ({ problems } = compilePlanFolder(staging));
    }
    if (problems.length > 0) {
      process.stderr.write(
        `plan-graph draft: the draft would not import; nothing was written:\n${problems
          .map((p) => `  ${p.entry}: ${p.reason}`)
          .join('\n')}\n`,
      );
      return EXIT.failure;
    }
    if (leftOut.length > 0) {
      process.stderr.write(
        `plan-graph draft: left out ${String(leftOut.length)} entries the importer refused:\n  ${leftOut.join('\n  ')}\n`,
      );
    }
    // The old folder is set aside, not deleted, until the new one is in place: a failure between leaves one.
    const replaced = `${staging}.replaced`;
    if (existsSync(target)) renameSync(target, replaced);
    renameSync(staging, target);
    rmSync(replaced, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  process.stdout.write(`${target}\n`);
  if (request.report) process.stdout.write(describe(report, detected.title));
  const missing = (['issuer', 'documentNumber', 'issuedOn', 'periodStart', 'region'] as const).filter(
    (field) => detected[field] === null,
  );
  if (missing.length > 0) {
    process.stderr.write(
      `plan-graph draft: the text does not say ${missing.join(', ')}: plan.yaml leaves a 文号 or date out ` +
        '(the importer checks them against the text when given) and marks the rest （未写明 not stated）; fill them in\n',
    );
  }
  return EXIT.ok;
}

function describe(report: DraftReport, title: string): string {
  const kinds = Object.entries(report.entities)
    .map(([kind, n]) => `  ${kind.padEnd(12)} ${String(n)}`)
    .join('\n');
  const weakest = report.weakest
    .map((w) => `  ${w.confidence.toFixed(2)}  ${w.kind.padEnd(12)} ${w.name}`)
    .join('\n');
  return `\n${title}: drafted entities by kind\n${kinds}\n  table rows   ${String(report.tableRows)}\n  goals        ${String(report.goals)} (written besides the table)\n  observations ${String(report.observations)}\n  relations    ${String(report.relations)}\n\nThe weakest names, to check first:\n${weakest}\n`;
}
