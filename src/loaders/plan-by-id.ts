import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import type { PlanModel } from '../models.js';
import { alignByKey } from './align.js';

export function createPlanByIdLoader(db: Db): DataLoader<string, PlanModel | null> {
  return new DataLoader(async (ids) =>
    alignByKey(ids, await db.read(queries.plansByIds, { ids }), (row) => row.id),
  );
}
