import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';
import { compilePlanFolder } from '../../src/import/compile/compile-plan.js';
import { relationCoverage } from '../../src/import/compile/relation-coverage.js';
import { graphDigest } from '../../src/import/write/graph-digest.js';
import { fromRoot } from '../../src/paths.js';

/** An empty answer says whether the plan is silent: the relation decisions travel with the graph. */
describe('why a link is absent', () => {
  const api = useApi();

  it('gives the reason the plan links an entity to nothing, and null for a linked one', async () => {
    const result = await api.execute(`{
      goal: entity(name: "人才集聚高地") { relationCount unlinkedReason }
      linked: entity(name: "G60诸暨创新港") { unlinkedReason }
    }`);
    expect(result).toEqual({
      data: {
        goal: { relationCount: 0, unlinkedReason: expect.stringContaining("the plan's aims") as unknown },
        linked: { unlinkedReason: null },
      },
    });
  });

  it('lists the entities named together with one that the plan does not relate to it, with reason and place', async () => {
    const result = await api.execute(`{
      talentTeam(name: "诸商领军人才") {
        notLinked { entity { name kind } reason sections { path } }
      }
    }`);
    expect(result).toEqual({
      data: {
        talentTeam: {
          notLinked: [
            {
              entity: { name: '骨干人才', kind: 'TALENT_TEAM' },
              reason: expect.stringContaining('peer tiers') as unknown,
              sections: [{ path: '四/(二)' }],
            },
            {
              entity: { name: '诸商后备人才', kind: 'TALENT_TEAM' },
              reason: expect.stringContaining('peer tiers') as unknown,
              sections: [{ path: '四/(二)' }],
            },
            {
              entity: { name: '领军人才', kind: 'TALENT_TEAM' },
              reason: expect.stringContaining('百名领军人才') as unknown,
              sections: [{ path: '四/(二)' }],
            },
          ].sort((a, b) => a.entity.name.localeCompare(b.entity.name)),
        },
      },
    });
  });

  it('holds every dismissed pair of relation-decisions.yaml, once, and no read walks it as a relation', async () => {
    const { compiled } = compilePlanFolder(fromRoot('data', 'plans', 'zhuji-2021'));
    if (compiled === undefined) throw new Error('the plan does not compile');
    const expected = relationCoverage(compiled).notLinked.length;
    expect(expected).toBeGreaterThan(200);
    expect((await graphDigest(api.db, 'zhuji-2021')).counts['NOT_LINKED']).toBe(expected);
    // 诸商领军人才 and 领军人才 are named together but not linked: no path joins them through that pair.
    const path = await api.execute(`{ path(from: "诸商领军人才", to: "领军人才", maxHops: 1) { length } }`);
    expect(path).toEqual({ data: { path: null } });
  });
});
