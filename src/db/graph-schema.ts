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
  queries.fulltextNameWords,
  queries.fulltextSectionText,
  queries.indexRetiredDrop,
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
  'name_words',
  'section_text',
];

/**
 * Creates whatever constraint or index is missing and waits until all are online. Note: one read first, because
 * a restart finds them all in place, and twenty schema writes on a Neo4j that has just come up (every statement
 * planned for the first time) would hold readiness back by seconds.
 */
export async function applyGraphSchema(db: Db): Promise<void> {
  if ((await indexesNotOnline(db)).length === 0) return;
  for (const statement of schemaStatements) await db.write(statement, {});
  await db.write(queries.indexesAwait, {});
}

/** The expected constraints and indexes that are missing or not yet online, in declaration order. */
export async function indexesNotOnline(db: Db): Promise<string[]> {
  const rows = await db.read(queries.indexesPresent, { names: expectedIndexes });
  const online = new Set(rows.filter((row) => row.state === 'ONLINE').map((row) => row.name));
  return expectedIndexes.filter((name) => !online.has(name));
}
