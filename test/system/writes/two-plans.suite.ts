import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticPlan, type SyntheticPlan } from '../../../bench/lib/synthetic-plan.js';
import { graphDigest } from '../../../src/import/write/graph-digest.js';
import { importPlans } from '../../../src/import/import-plans.js';
import { removePlan } from '../../../src/import/write/remove-plan.js';
import { fromRoot } from '../../../src/paths.js';
import { useApi } from '../../helpers/api.js';
import { cleanEnv, spawnInProject } from '../../helpers/spawn-app.js';
import { testNeo4jEnv } from '../../helpers/test-neo4j.js';

/**
 * A second plan is a second folder: the generator writes one (its own text, parsed like any plan) next to the
 * real one, with no code change, and one of its industries carries 精密制造's canonical key.
 */
describe('two plans in one graph', () => {
  const api = useApi();
  const parent = mkdtempSync(join(tmpdir(), 'plan-graph-two-plans-'));
  const zhuji = fromRoot('data', 'plans', 'zhuji-2021');
  let other: SyntheticPlan;
  let joined = '';

  beforeAll(() => {
    other = writeSyntheticPlan(parent, 1);
    // Its text gives the issue date the way Chinese documents write it, not as plan.yaml does (2021-10-12).
    const textFile = join(other.dir, 'plan.txt');
    writeFileSync(textFile, readFileSync(textFile, 'utf8').replace('2021-10-12', '2021年10月12日'));
    const file = join(other.dir, 'industries.yaml');
    const text = readFileSync(file, 'utf8');
    joined = /name: (\S+)\n\s+key: synthetic-industry-1\n/.exec(text)?.[1] ?? '';
    writeFileSync(file, text.replace('key: synthetic-industry-1\n', 'key: precision-manufacturing\n'));
  });
  afterAll(async () => {
    await removePlan(api.db, other.planId);
    rmSync(parent, { recursive: true, force: true });
  });

  it('imports beside the first, leaving it untouched, and answers from either', async () => {
    const before = await graphDigest(api.db, 'zhuji-2021');
    expect(await importPlans(api.db, [zhuji, other.dir])).toMatchObject([
      { planId: 'zhuji-2021', status: 'unchanged' },
      { planId: other.planId, status: 'imported' },
    ]);
    expect(await graphDigest(api.db, 'zhuji-2021')).toEqual(before);
    expect(joined).not.toBe('');

    const result = await api.execute(`{
      plans { id }
      zhuji: industries(first: 100, plan: "zhuji-2021") { totalCount }
      other: industries(first: 100, plan: "${other.planId}") { totalCount }
      everyPlan: industries(first: 1) { totalCount }
      industry(name: "精密制造") { id counterparts { id name key plan { id } } }
      theirs: industry(name: "${joined}") { id counterparts { name plan { id } } }
      scoped: industry(name: "精密制造", plan: "${other.planId}") { id }
    }`);
    // The other plan spells it otherwise: within that plan, the lookup misses (null, with its NOT_FOUND).
    expect(result.errors).toMatchObject([
      { path: ['scoped'], extensions: { code: 'NOT_FOUND', argumentName: 'name' } },
    ]);
    expect(result.data).toEqual({
      plans: [{ id: other.planId }, { id: 'zhuji-2021' }],
      zhuji: { totalCount: 26 },
      other: { totalCount: other.counts.industries },
      everyPlan: { totalCount: 26 + other.counts.industries },
      industry: {
        id: 'zhuji-2021:industry:精密制造',
        counterparts: [
          {
            id: `${other.planId}:industry:${joined}`,
            name: joined,
            key: 'precision-manufacturing',
            plan: { id: other.planId },
          },
        ],
      },
      theirs: {
        id: `${other.planId}:industry:${joined}`,
        counterparts: [{ name: '精密制造', plan: { id: 'zhuji-2021' } }],
      },
      scoped: null,
    });
  });

  it('refuses to remove a plan the graph does not hold, or --remove with anything else', async () => {
    const missing = spawnInProject(
      process.execPath,
      ['src/cli/bin.js', 'import', '--remove', 'no-such-plan'],
      cleanEnv(testNeo4jEnv()),
    );
    expect(await missing.exited(45_000)).toBe(1);
    expect(missing.stderr()).toContain('the graph holds no plan "no-such-plan"; nothing was removed');
    const mixed = spawnInProject(
      process.execPath,
      ['src/cli/bin.js', 'import', '--remove', other.planId, '--force'],
      cleanEnv(testNeo4jEnv()),
    );
    expect(await mixed.exited(45_000)).toBe(2);
    expect(mixed.stderr()).toContain('--remove takes a plan id and nothing else');
  });

  it('takes the second plan out again (plan-graph import --remove), leaving the first as it was', async () => {
    const before = await graphDigest(api.db, 'zhuji-2021');
    const cli = spawnInProject(
      process.execPath,
      ['src/cli/bin.js', 'import', '--remove', other.planId],
      cleanEnv(testNeo4jEnv()),
    );
    expect(await cli.exited(45_000)).toBe(0);
    expect(cli.stdout()).toBe(`${other.planId}: removed\n`);
    expect(await graphDigest(api.db, other.planId)).toMatchObject({ counts: {} });
    expect(await graphDigest(api.db, 'zhuji-2021')).toEqual(before);
    const result = await api.execute('{ plans { id } industry(name: "精密制造") { counterparts { id } } }');
    expect(result.data).toEqual({ plans: [{ id: 'zhuji-2021' }], industry: { counterparts: [] } });
  });
});
