import type { PlanModel } from '../models.js';
import { cypher } from './query.js';

type NoParams = Record<string, never>;

/** Every Cypher statement the app runs, declared once with its parameter and row types. */
export const queries = {
  ping: cypher<NoParams, { ok: number }>('ping'),
  constraintPlanId: cypher<NoParams, never>('constraint-plan-id'),
  /** Tests only: proves that readiness notices a missing constraint. */
  constraintPlanIdDrop: cypher<NoParams, never>('constraint-plan-id-drop'),
  constraintsPresent: cypher<{ names: readonly string[] }, { name: string }>('constraints-present'),
  plansAll: cypher<NoParams, PlanModel>('plans-all'),
  plansByIds: cypher<{ ids: readonly string[] }, PlanModel>('plans-by-ids'),
  planUpsert: cypher<{ plan: PlanModel }, { id: string }>('plan-upsert'),
} as const;
