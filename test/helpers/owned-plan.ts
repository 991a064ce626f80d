import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../src/paths.js';

export interface OwnedPlan {
  /** Unique to this copy: nothing another test imports or reads has it. */
  readonly planId: string;
  /** The copy's folder (named after its plan id), in a temporary directory of its own. */
  readonly dir: string;
  /** Deletes the folder (not the graph: remove the plan with removePlan). */
  readonly cleanUp: () => void;
}

/**
 * The real plan's folder copied under a plan id of the test's own, as neo4j/graphql's UniqueType gives a test its
 * own labels: whatever the test imports, replaces or breaks is that plan, never zhuji-2021.
 *
 * Note: the id starts with `test-`, which sorts below `zhuji-2021`; with the same period and issue date, the
 * newest-plan rule (period end, issue date, then id, all descending) keeps answering from the real plan.
 */
export function ownedPlanCopy(owner: string): OwnedPlan {
  const planId = `test-${owner}-${randomBytes(4).toString('hex')}`;
  const parent = mkdtempSync(join(tmpdir(), `plan-graph-${owner}-`));
  const dir = join(parent, planId);
  cpSync(fromRoot('data', 'plans', 'zhuji-2021'), dir, { recursive: true });
  const meta = join(dir, 'plan.yaml');
  const text = readFileSync(meta, 'utf8');
  if (!text.includes('\n  id: zhuji-2021\n')) throw new Error('plan.yaml no longer names its id as expected');
  writeFileSync(meta, text.replace('\n  id: zhuji-2021\n', `\n  id: ${planId}\n`));
  return {
    planId,
    dir,
    cleanUp: () => {
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
