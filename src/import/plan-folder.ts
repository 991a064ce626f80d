import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { PlanModel } from '../models.js';

/** A plan folder under `data/plans/`: `plan.yaml` plus the source text it names. */
export interface PlanFolder {
  readonly dir: string;
  readonly plan: PlanModel;
  readonly sourceText: string;
}

const planYaml = z.strictObject({
  plan: z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    title: z.string().min(1),
    issuer: z.string().min(1),
    documentNumber: z.string().min(1),
    issuedOn: z.iso.date(),
    periodStart: z.int().min(1949).max(2100),
    periodEnd: z.int().min(1949).max(2100),
    region: z.string().min(1),
    source: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name in the same folder'),
  }),
});

/** Thrown with every problem found, each naming the file and the entry. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The dataset has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

export function readPlanFolder(dir: string): PlanFolder {
  const file = join(dir, 'plan.yaml');
  const parsed = planYaml.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const { source, ...meta } = parsed.data.plan;
  const sourceText = readFileSync(join(dir, source), 'utf8');
  const problems = [meta.title, meta.documentNumber, meta.issuedOn]
    .filter((value) => !sourceText.includes(value))
    .map((value) => `${file}: plan: "${value}" does not occur in ${source}`);
  if (meta.periodEnd < meta.periodStart) problems.push(`${file}: plan.periodEnd: before periodStart`);
  if (problems.length > 0) throw new DatasetError(problems);
  const sourceSha256 = createHash('sha256').update(sourceText).digest('hex');
  return { dir, plan: { ...meta, sourceSha256 }, sourceText };
}

/** Every folder below `plansDir` that holds a plan.yaml. */
export function listPlanFolders(plansDir: string): string[] {
  return readdirSync(plansDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(plansDir, entry.name))
    .filter((dir) => readdirSync(dir).includes('plan.yaml'))
    .sort();
}
