import type DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import type { PlanModel } from '../models.js';
import { createPlanByIdLoader } from './plan-by-id.js';

export interface Loaders {
  readonly planById: DataLoader<string, PlanModel | null>;
}

export function createLoaders(db: Db): Loaders {
  return { planById: createPlanByIdLoader(db) };
}
