import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

/** Round trips are counted on the real Db; the answer is read from the real graph. */
describe('batching', () => {
  const api = useApi();

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
    const industries = (all.data?.['industries'] as { edges: { node: { platforms: unknown[] } }[] }).edges;
    expect(industries).toHaveLength(22);
    expect(industries.flatMap((e) => e.node.platforms).length).toBeGreaterThan(20);
    // One page query, then one statement per relationship field and level, however many nodes there are.
    expect(allCalls.sort()).toEqual([
      'industries-page',
      'related-in',
      'related-in',
      'related-in',
      'related-out',
    ]);
    expect(allCalls).toEqual(fewCalls.sort());
  });

  it('resolves evidence, sections and mentions of many entities in one statement each', async () => {
    api.db.reset();
    const result = await api.execute(`{
      platforms(first: 100) { edges { node { evidence { quote section { path } } mentions { text } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect([...api.db.calls].sort()).toEqual([
      'entity-evidence-by-ids',
      'mentions-by-entity-ids',
      'platforms-page',
      'sections-by-ids',
    ]);
  });
});
