import type { Db } from '../../db/db.js';
import { queries } from '../../db/queries.js';

/**
 * Takes a plan and everything it owns out of the graph in one write transaction. Importing never removes a plan
 * whose folder is gone (a folder missing by mistake must not erase a plan); this is the deliberate way.
 */
export async function removePlan(db: Db, planId: string): Promise<void> {
  await db.writeTransaction((run) => run(queries.planDelete, { planId }));
}
