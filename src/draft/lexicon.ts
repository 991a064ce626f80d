import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { readDataset } from '../import/compile/read-dataset.js';
import { listPlanFolders } from '../import/import-plans.js';
import { curatedEntities } from './curated-names.js';
import type { DraftLexicon } from './draft-dataset.js';

/** Every other plan folder's curated names and keys: what a new plan is read against. */
export function lexiconOf(plansDir: string, slug: string): DraftLexicon {
  const known: DraftLexicon['known'][number][] = [];
  const industryKeys = new Map<string, string>();
  const rowKeys = new Map<string, string>();
  const folders = existsSync(plansDir) ? listPlanFolders(plansDir) : [];
  for (const folder of folders.filter((f) => basename(f) !== slug)) {
    const { dataset } = readDataset(folder);
    if (dataset === undefined) continue;
    for (const entity of curatedEntities(dataset)) {
      for (const spelling of entity.spellings) known.push({ spelling, name: entity.name, kind: entity.kind });
    }
    for (const industry of dataset['industries.yaml'].industries) {
      for (const spelling of [industry.name, ...industry.aliases]) industryKeys.set(spelling, industry.key);
    }
    for (const row of dataset['indicators.yaml'].table) rowKeys.set(row.row, row.key);
  }
  return { known, industryKeys, rowKeys };
}
