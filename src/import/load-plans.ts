import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import { listPlanFolders, readPlanFolder } from './plan-folder.js';

/**
 * Reads and validates every plan folder first, then writes: a bad folder writes nothing.
 * Returns the ids written.
 */
export async function loadPlans(db: Db, plansDir: string): Promise<string[]> {
  const folders = listPlanFolders(plansDir).map(readPlanFolder);
  for (const { plan } of folders) await db.write(queries.planUpsert, { plan });
  return folders.map(({ plan }) => plan.id);
}
