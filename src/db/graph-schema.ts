import type { Db } from './db.js';
import { queries } from './queries.js';

/** Constraints and indexes, applied in this order at start-up; each statement is idempotent. */
const schemaStatements = [queries.constraintPlanId];

/** The names declared in those statements; readiness requires every one of them. */
export const expectedConstraints: readonly string[] = ['plan_id'];

export async function applyGraphSchema(db: Db): Promise<void> {
  for (const statement of schemaStatements) await db.write(statement, {});
}
