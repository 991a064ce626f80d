import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { useApi } from '../helpers/api.js';
import { withoutLocations } from '../helpers/execute.js';

type Page = {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { name: string } }[];
};
const nodes = (...names: string[]) => names.map((name) => ({ node: { name } }));

describe('root lists (Relay connections with keyset cursors)', () => {
  const api = useApi();

  it('walks every platform a page at a time, in the same order as one big page', async () => {
    const query =
      'query ($first: Int, $after: String) { platforms(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } } }';
    const whole = (await api.execute(query, { first: 100 })).data?.['platforms'] as Page;
    expect(whole.totalCount).toBe(77);
    expect(whole.edges).toHaveLength(77);
    expect(whole.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const walked: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = (await api.execute(query, { first: 7, after })).data?.['platforms'] as Page;
      pages++;
      walked.push(...page.edges.map((e) => e.node.name));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(11);
    expect(walked).toEqual(whole.edges.map((e) => e.node.name));
  });

  it('filters platforms, programs, talent teams and industries by what they relate to', async () => {
    expect(
      await api.execute(`{
        supports: platforms(supports: "数智安防") { totalCount edges { node { name } } }
        enclaves: platforms(type: "飞地") { totalCount edges { node { name } } }
        named: platforms(first: 1, collective: false) { totalCount }
        develops: programs(develops: "高技能人才") { totalCount edges { node { name } } }
        serves: programs(serves: "数字经济") { edges { node { name } } }
        strategies: programs(type: "战略") { edges { node { name } } }
        keyTeams: talentTeams(role: KEY_TEAM) { totalCount edges { node { name } } }
        developedBy: talentTeams(developedBy: "顶尖人才顶级支持计划") { edges { node { name } } }
        inCategory: industries(category: "优势制造业") { edges { node { name } } }
        inSystem: industries(first: 50, category: "现代产业体系") { totalCount edges { node { name } } }
        supported: industries(first: 1, supported: true) { totalCount }
      }`),
    ).toEqual({
      data: {
        supports: { totalCount: 3, edges: nodes('产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区') },
        enclaves: {
          totalCount: 6,
          edges: nodes('研发飞地', '科创飞地', '诸暨岛', '长三角区域人才飞地', '飞地平台', '高新岛'),
        },
        named: { totalCount: 29 },
        develops: {
          totalCount: 5,
          edges: nodes(
            '新型学徒培养机制',
            '职业技能提升行动',
            '职业技能竞赛',
            '职业技能终身培训体系',
            '高技能人才培育计划',
          ),
        },
        serves: { edges: nodes('数字经济一号工程', '柔性用才模式') },
        strategies: { edges: nodes('人才强市', '创新强市', '融杭接沪发展战略') },
        keyTeams: {
          totalCount: 5,
          edges: nodes('社会事业人才', '社会治理人才', '科技创新人才', '经营管理人才', '高技能人才'),
        },
        developedBy: { edges: nodes('国际高端创新人才', '顶尖人才', '高端人才') },
        inCategory: { edges: nodes('时尚袜艺', '精密制造', '美丽珍珠') },
        // The “333” system holds no industry itself: its three categories, which are part of it, hold nine.
        inSystem: {
          totalCount: 9,
          edges: nodes(
            '培训会展',
            '数智安防',
            '文化旅游',
            '新材料',
            '时尚袜艺',
            '现代商贸',
            '生命健康',
            '精密制造',
            '美丽珍珠',
          ),
        },
        // 精密制造 among them: its part 铜材精密加工 has platforms, as `Industry.platforms` lists them.
        supported: { totalCount: 20 },
      },
    });
  });

  it('lists institutions, goals and policies, every one the dataset curates, a page at a time', async () => {
    const planFolder = fromRoot('data', 'plans', 'zhuji-2021');
    const curated = (file: string, key: string) =>
      (
        (parse(readFileSync(`${planFolder}/${file}`, 'utf8')) as Record<string, { name: string }[]>)[key] ??
        []
      )
        .map((entry) => entry.name)
        .sort();
    const query =
      'query ($kinds: [EntityKind!], $first: Int, $after: String) { entities(kinds: $kinds, first: $first, after: $after, plan: "zhuji-2021") { totalCount pageInfo { hasNextPage endCursor } edges { node { __typename kind name ... on Institution { type } } } } }';
    type EntityPage = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { __typename: string; kind: string; name: string; type?: string } }[];
    };
    const list = async (kinds: string[] | null, first = 100) =>
      (await api.execute(query, { kinds, first })).data?.['entities'] as EntityPage;

    const institutions = await list(['INSTITUTION']);
    expect(institutions.edges.map((e) => e.node.name).sort()).toEqual(
      curated('institutions.yaml', 'institutions'),
    );
    expect(institutions.totalCount).toBe(institutions.edges.length);
    expect(institutions.edges.every((e) => e.node.__typename === 'Institution' && e.node.type !== '')).toBe(
      true,
    );
    expect((await list(['GOAL'])).edges.map((e) => e.node.name).sort()).toEqual(
      curated('goals.yaml', 'goals'),
    );
    expect((await list(['POLICY'])).edges.map((e) => e.node.name).sort()).toEqual(
      curated('policies.yaml', 'policies'),
    );
    // Several kinds at once hold exactly those kinds; every kind, the whole graph of the plan, a page at a time.
    const mixed = await list(['GOAL', 'POLICY']);
    expect(new Set(mixed.edges.map((e) => e.node.kind))).toEqual(new Set(['GOAL', 'POLICY']));
    const all = await list(null, 100);
    expect(all.totalCount).toBeGreaterThan(200);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = (await api.execute(query, { kinds: null, first: 100, after: all.pageInfo.endCursor }))
      .data?.['entities'] as EntityPage;
    expect(next.edges.length).toBeGreaterThan(0);
    expect(next.edges[0]?.node.name).not.toBe(all.edges[99]?.node.name);
    expect((await list([])).totalCount).toBe(all.totalCount);
    // An unknown plan is NOT_FOUND on the field, never an empty page.
    const unknown = await api.execute('{ entities(kinds: [GOAL], plan: "nowhere-2030") { totalCount } }');
    expect(unknown.data?.['entities']).toBeNull();
    expect(unknown.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND', argumentName: 'plan' } }]);
  });

  it('refuses bad page sizes and foreign cursors (BAD_USER_INPUT) and unknown filter names (NOT_FOUND) on the field', async () => {
    const cursor = (
      (await api.execute('{ industries(first: 1) { pageInfo { endCursor } } }')).data?.['industries'] as Page
    ).pageInfo.endCursor;
    const first = { code: 'BAD_USER_INPUT', argumentName: 'first', range: { min: 1, max: 100 } };
    const after = { code: 'BAD_USER_INPUT', argumentName: 'after' };
    const cases: [string, string, string, Record<string, unknown>][] = [
      ['platforms(first: 101)', 'platforms', 'first must be an integer from 1 to 100.', first],
      ['programs(first: 0)', 'programs', 'first must be an integer from 1 to 100.', first],
      [
        `platforms(after: "${cursor ?? ''}")`,
        'platforms',
        'after is not a cursor of the platforms list.',
        after,
      ],
      [
        'platforms(after: "not-a-cursor")',
        'platforms',
        'after is not a cursor of the platforms list.',
        after,
      ],
      [
        'platforms(supports: "不存在的产业")',
        'platforms',
        'No industry is named "不存在的产业" (supports).',
        { code: 'NOT_FOUND', argumentName: 'supports', suggestions: [] },
      ],
      [
        'talentTeams(developedBy: "高技能人才")',
        'talentTeams',
        '"高技能人才" is a talent team, not a program (developedBy). Did you mean: 高技能人才培育计划?',
        { code: 'NOT_FOUND', argumentName: 'developedBy', suggestions: ['高技能人才培育计划'] },
      ],
    ];
    for (const [field, name, message, extensions] of cases) {
      // The field alone fails: the other root field keeps its answer.
      expect(withoutLocations(await api.execute(`{ ${field} { totalCount } plans { id } }`))).toEqual({
        data: { [name]: null, plans: [{ id: 'zhuji-2021' }] },
        errors: [{ message, path: [name], extensions }],
      });
    }
  });
});
