import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

/**
 * Round trips are counted on the real Db; the answer is read from the real graph. The server reads through its
 * DataLoaders only: what a compiled statement does not take (test/api/compiled-reads.test.ts) still batches.
 */
describe('batching on the loader path', () => {
  const api = useApi({ compiledReads: false });

  it('answers industries → platforms → programs over all industries in a constant number of statements', async () => {
    const query = `query ($first: Int) {
      industries(first: $first) { edges { node { name platforms { name programs { name } industries { name } } programs { name } } } }
    }`;
    api.db.reset();
    const few = await api.execute(query, { first: 3 });
    const fewCalls = [...api.db.calls];
    api.db.reset();
    const all = await api.execute(query, { first: 100 });
    const allCalls = [...api.db.calls];

    expect(few.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    type Level = { name: string; platforms: { name: string; programs: { name: string }[] }[] };
    const industries = (all.data?.['industries'] as { edges: { node: Level }[] }).edges.map((e) => e.node);
    expect(industries).toHaveLength(26);
    const platforms = industries.flatMap((industry) => industry.platforms);
    expect(platforms.length).toBeGreaterThan(15);
    // The third level is not empty: 柔性用才模式 relies on 研发飞地, which supports three industries.
    const programs = platforms.flatMap((platform) =>
      platform.programs.map((p) => `${platform.name}→${p.name}`),
    );
    expect(programs).toContain('研发飞地→柔性用才模式');
    // One page query, then one statement per relationship field and level, however many nodes there are; the
    // platforms' programs come with the platforms (look-ahead), so that level costs no statement of its own.
    expect(allCalls.sort()).toEqual([
      'read/industries-page',
      'read/related-in',
      'read/related-in',
      'read/related-out',
    ]);
    expect(allCalls).toEqual(fewCalls.sort());
  });

  it('looks ahead: a lookup and its relationship field, and a field and the next one below it, share a statement', async () => {
    api.db.reset();
    const lookup = await api.execute('{ industry(name: "美丽珍珠") { name platforms { name } } }');
    expect(lookup).toEqual({
      data: {
        industry: {
          name: '美丽珍珠',
          platforms: [
            { name: '产业人才集聚平台' },
            { name: '产业创新服务综合体' },
            { name: '产业平台' },
            { name: '特色产业工程师协同创新中心' },
          ],
        },
      },
    });
    expect(api.db.calls).toEqual(['read/entities-by-names']);

    api.db.reset();
    const threeLevels = await api.execute(
      '{ industry(name: "数字经济") { platforms { name programs { name } } programs { name talentTeams { name } } } }',
    );
    expect(threeLevels).toEqual({
      data: {
        industry: {
          platforms: [
            {
              name: '人才一体化发展平台',
              // With those relying on its parts (融杭接沪发展战略 on G60诸暨创新港): the look-ahead follows them too.
              programs: [
                { name: '柔性用才模式' },
                { name: '沪杭研发—诸暨中试产业化新模式' },
                { name: '融杭接沪发展战略' },
                { name: '长效联络机制' },
              ],
            },
            { name: '研发飞地', programs: [{ name: '柔性用才模式' }] },
          ],
          programs: [
            { name: '数字经济一号工程', talentTeams: [] },
            { name: '柔性用才模式', talentTeams: [] },
          ],
        },
      },
    });
    expect([...api.db.calls].sort()).toEqual([
      'read/entities-by-names',
      'read/related-in',
      'read/related-in',
    ]);
  });

  it('resolves evidence, sections and mentions of many entities in one statement each', async () => {
    api.db.reset();
    const result = await api.execute(`{
      platforms(first: 100) { edges { node { evidence { quote section { path } } mentions { text } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect([...api.db.calls].sort()).toEqual([
      'read/entity-evidence-by-ids',
      'read/mentions-by-entity-ids',
      'read/platforms-page',
      'read/sections-by-ids',
    ]);
  });
});
