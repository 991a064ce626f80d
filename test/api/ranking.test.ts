import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

type Named = { name: string };
type Row = { entity: Named; count: number };

/** Rows as `ranking` orders them: most first, then by name (code points, as Cypher orders strings). */
function ranked(counts: readonly (readonly [string, number])[]): Row[] {
  return counts
    .filter(([, count]) => count > 0)
    .map(([name, count]) => ({ entity: { name }, count }))
    .sort((a, b) => b.count - a.count || (a.entity.name < b.entity.name ? -1 : 1));
}

describe('ranking', () => {
  const api = useApi();
  const data = async (query: string, variables?: Record<string, unknown>) => {
    const result = await api.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, unknown>;
  };
  const ranking = async (args: string) =>
    (await data(`{ ranking(${args}) { entity { name } count } }`))['ranking'] as Row[];
  /** Every node of a root list, which must fit one page of 100. */
  const everyNode = async <T>(field: string, selection: string): Promise<T[]> => {
    const page = (await data(`{ ${field}(first: 100) { totalCount edges { node { ${selection} } } } }`))[
      field
    ] as { totalCount: number; edges: { node: T }[] };
    expect(page.edges.length).toBe(page.totalCount);
    return page.edges.map((e) => e.node);
  };

  it('answers which platform supports the most industries, counted as Platform.industries lists them', async () => {
    const platforms = await everyNode<Named & { industries: Named[] }>(
      'platforms',
      'name industries { name }',
    );
    const expected = ranked(platforms.map((p) => [p.name, p.industries.length]));
    expect(expected.length).toBeGreaterThan(10);
    const all = await ranking(
      'kind: PLATFORM, types: [SUPPORTS], otherKind: INDUSTRY, direction: OUT, first: 100',
    );
    expect(all).toEqual(expected);
    // The groupings count their parts' industries too, as their lists do.
    expect(all.slice(0, 3)).toEqual([
      { entity: { name: '人才一体化发展平台' }, count: 14 },
      { entity: { name: '产业平台' }, count: 10 },
      { entity: { name: '产业人才集聚平台' }, count: 9 },
    ]);
    // `first` cuts the same ordering; 10 by default.
    expect(await ranking('kind: PLATFORM, types: [SUPPORTS], otherKind: INDUSTRY, direction: OUT')).toEqual(
      expected.slice(0, 10),
    );
    expect(
      await ranking('kind: PLATFORM, types: [SUPPORTS], otherKind: INDUSTRY, direction: OUT, first: 3'),
    ).toEqual(expected.slice(0, 3));
    // Within the plan, the same; BOTH (the default) finds the same links, SUPPORTS running platform → industry.
    expect(
      await ranking('kind: PLATFORM, types: [SUPPORTS], otherKind: INDUSTRY, first: 100, plan: "zhuji-2021"'),
    ).toEqual(expected);
  });

  it('ranks programs by the talent teams they develop or serve, and links of one basis only', async () => {
    const programs = await everyNode<Named & { talentTeams: Named[] }>(
      'programs',
      'name talentTeams { name }',
    );
    expect(
      await ranking(
        'kind: PROGRAM, types: [DEVELOPS, SERVES], otherKind: TALENT_TEAM, direction: OUT, first: 100',
      ),
    ).toEqual(ranked(programs.map((p) => [p.name, p.talentTeams.length])));
    const stated = await everyNode<Named & { industries: Named[] }>(
      'platforms',
      'name industries(basis: [STATED]) { name }',
    );
    expect(
      await ranking(
        'kind: PLATFORM, types: [SUPPORTS], otherKind: INDUSTRY, direction: OUT, basis: [STATED], first: 100',
      ),
    ).toEqual(ranked(stated.map((p) => [p.name, p.industries.length])));
  });

  it('counts a team’s parts’ links too with includeParts, as TalentTeam.programs(includeParts:) lists them', async () => {
    const teams = await everyNode<Named & { programs: Named[] }>(
      'talentTeams',
      'name programs(includeParts: true) { name }',
    );
    const expected = ranked(teams.map((t) => [t.name, t.programs.length]));
    expect(
      await ranking(
        'kind: TALENT_TEAM, types: [DEVELOPS, SERVES], otherKind: PROGRAM, direction: IN, includeParts: true, first: 100',
      ),
    ).toEqual(expected);
    const direct = await ranking(
      'kind: TALENT_TEAM, types: [DEVELOPS, SERVES], otherKind: PROGRAM, direction: IN, includeParts: false, first: 100',
    );
    // A group with parts has more with them than without (社会事业人才 through 教师 and 医疗卫生人才).
    const count = (rows: Row[], name: string) => rows.find((r) => r.entity.name === name)?.count ?? 0;
    expect(count(expected, '社会事业人才')).toBeGreaterThan(count(direct, '社会事业人才'));
  });

  it('answers how many of a kind each group holds, as each industry’s categories and relationCount say', async () => {
    const industries = await everyNode<Named & { categories: Named[] }>(
      'industries',
      'name categories { name }',
    );
    const perCategory = new Map<string, number>();
    for (const industry of industries)
      for (const { name } of industry.categories) perCategory.set(name, (perCategory.get(name) ?? 0) + 1);
    const expected = ranked([...perCategory]);
    // Each category's own members (a system's come through its categories, counted with includeParts).
    const groups = await ranking(
      'kind: INDUSTRY_CATEGORY, types: [IN_CATEGORY], otherKind: INDUSTRY, direction: IN, includeParts: false, first: 100',
    );
    expect(groups).toEqual(expected);
    // For one group, relationCount and the filtered list's totalCount answer the same.
    for (const { entity, count } of groups) {
      const one = await data(
        `query ($name: String!) {
          industryCategory(name: $name) {
            relationCount(direction: IN, types: ["IN_CATEGORY"], kinds: [INDUSTRY], includeParts: false)
          }
          industries(category: $name, first: 1) { totalCount }
        }`,
        { name: entity.name },
      );
      expect(one).toEqual({
        industryCategory: { relationCount: count },
        industries: { totalCount: count },
      });
    }
  });

  it('is one statement, whatever its rows select of their entities', async () => {
    api.db.reset();
    await data('{ ranking(kind: PLATFORM, types: [SUPPORTS], first: 5) { count entity { id name kind } } }');
    expect(api.db.calls).toEqual(['read/ranking']);
  });

  it('refuses a bad first, and an unknown plan with NOT_FOUND as the lists do', async () => {
    for (const first of [0, -1, 101]) {
      const result = await api.execute(`{ ranking(kind: PLATFORM, first: ${first}) { count } }`);
      expect(result.errors).toMatchObject([
        {
          message: 'first must be an integer from 1 to 100.',
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
        },
      ]);
    }
    expect(await api.execute('{ ranking(kind: PLATFORM, plan: "no-such-plan") { count } }')).toMatchObject({
      data: { ranking: null },
      errors: [{ path: ['ranking'], extensions: { code: 'NOT_FOUND', argumentName: 'plan' } }],
    });
    const unknownType = await api.execute('{ ranking(kind: PLATFORM, types: [OWNS]) { count } }');
    expect(unknownType.errors).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });
});
