import type { Db } from './db.js';
import { queries } from './queries.js';

/** Constraints and indexes, applied in this order before any write; each statement is idempotent. */
const schemaStatements = [
  queries.constraintPlanId,
  queries.constraintEntityId,
  queries.constraintSectionId,
  queries.constraintIndicatorId,
  queries.constraintObservationId,
  queries.indexEntityPlan,
  queries.indexSectionPlan,
  queries.indexIndicatorPlan,
  queries.indexObservationPlan,
  queries.indexNamePlan,
  queries.indexNameValue,
  queries.indexIndustryKey,
  queries.indexIndicatorKey,
  queries.indexIndustryId,
  queries.indexPlatformId,
  queries.indexProgramId,
  queries.indexTalentTeamId,
  queries.indexNameValueText,
  queries.fulltextEntityNames,
  queries.fulltextSectionText,
];

/**
 * The names those statements declare (a constraint's backing index has the constraint's name). Readiness
 * requires every one of them online; test/unit/graph-schema.test.ts checks this list against cypher/schema/.
 */
export const expectedIndexes: readonly string[] = [
  'plan_id',
  'entity_id',
  'section_id',
  'indicator_id',
  'observation_id',
  'entity_plan',
  'section_plan',
  'indicator_plan',
  'observation_plan',
  'name_plan',
  'name_value',
  'industry_key',
  'indicator_key',
  'industry_id',
  'platform_id',
  'program_id',
  'talent_team_id',
  'name_value_text',
  'entity_names',
  'section_text',
];

export async function applyGraphSchema(db: Db): Promise<void> {
  for (const statement of schemaStatements) await db.write(statement, {});
  await db.write(queries.indexesAwait, {});
}
