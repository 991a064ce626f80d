import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

const names = (...list: string[]) => list.map((name) => ({ name }));

/**
 * Hierarchy by default: an entity's lists, `relations` and `relationCount` take in what its parts (PART_OF at any
 * depth, IN_CATEGORY below a category) are linked to, each row of `relations` naming the part in `via`;
 * `includeParts: false` gives its own links only.
 */
describe('relations of an entity and its parts', () => {
  const api = useApi();

  it('answers 精密制造’s platforms through its part 铜材精密加工, each row saying so, and its own with includeParts: false', async () => {
    // relations.yaml: no platform supports 精密制造; 铜材精密加工 PART_OF 精密制造 (READING) has four.
    const through = names('产业人才集聚平台', '产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心');
    api.db.reset();
    expect(
      await api.execute(`{
        industry(name: "精密制造") {
          platforms { name }
          own: platforms(includeParts: false) { name }
          relations(direction: IN, types: ["SUPPORTS"]) { basis from { name } to { name } via { name } }
          ownRelations: relations(direction: IN, types: ["SUPPORTS"], includeParts: false) { from { name } }
          count: relationCount(direction: IN, types: ["SUPPORTS"])
          ownCount: relationCount(direction: IN, types: ["SUPPORTS"], includeParts: false)
        }
        part: industry(name: "铜材精密加工") { platforms { name } }
        supports: platforms(first: 50, supports: "精密制造") { totalCount edges { node { name } } }
      }`),
    ).toEqual({
      data: {
        industry: {
          platforms: through,
          own: [],
          relations: [
            ['HEADING', '产业人才集聚平台'],
            ['STATED', '产业创新服务综合体'],
            ['READING', '产业平台'],
            ['STATED', '特色产业工程师协同创新中心'],
          ].map(([basis, from]) => ({
            basis,
            from: { name: from },
            to: { name: '铜材精密加工' },
            via: { name: '铜材精密加工' },
          })),
          ownRelations: [],
          count: 4,
          ownCount: 0,
        },
        part: { platforms: through },
        supports: { totalCount: 4, edges: through.map((node) => ({ node })) },
      },
    });
    // A child field's includeParts: false reaches the compiled statement: the lookup brings the direct links only.
    api.db.reset();
    expect(
      await api.execute('{ industry(name: "精密制造") { platforms(includeParts: false) { name } } }'),
    ).toEqual({
      data: { industry: { platforms: [] } },
    });
    expect(api.db.calls).toEqual(['compiled/lookup']);
  });

  it('industries(supported:) agrees with Industry.platforms, 精密制造 among the supported', async () => {
    const result = await api.execute(`{
      all: industries(first: 100) { edges { node { name platforms { name } } } }
      yes: industries(first: 100, supported: true) { totalCount edges { node { name } } }
      no: industries(first: 100, supported: false) { totalCount edges { node { name } } }
    }`);
    expect(result.errors).toBeUndefined();
    type Page = { totalCount: number; edges: { node: { name: string; platforms: unknown[] } }[] };
    const data = result.data as Record<'all' | 'yes' | 'no', Page>;
    const listed = (page: Page) => page.edges.map((e) => e.node.name);
    const all = data.all.edges.map((e) => e.node);
    expect(listed(data.yes)).toEqual(all.filter((i) => i.platforms.length > 0).map((i) => i.name));
    expect(listed(data.no)).toEqual(all.filter((i) => i.platforms.length === 0).map((i) => i.name));
    expect(listed(data.yes)).toContain('精密制造');
    expect(listed(data.no)).toEqual([
      '传统制造业',
      '培训会展',
      '文化旅游',
      '现代农业',
      '现代商贸',
      '集成电路',
    ]);
    expect(data.yes.totalCount + data.no.totalCount).toBe(all.length);
  });

  it('answers 社会事业人才’s programs through its parts, at every depth, counting as it lists', async () => {
    const result = await api.execute(`{
      talentTeam(name: "社会事业人才") {
        programs { name }
        own: programs(includeParts: false) { name }
        relations(direction: IN, types: ["DEVELOPS", "SERVES"]) { type from { name kind } to { name } via { name } }
        ownRelations: relations(direction: IN, types: ["DEVELOPS", "SERVES"], includeParts: false) { from { name } }
        count: relationCount(direction: IN, types: ["DEVELOPS", "SERVES"])
        ownCount: relationCount(direction: IN, types: ["DEVELOPS", "SERVES"], includeParts: false)
        programCount: relationCount(direction: IN, types: ["DEVELOPS", "SERVES"], kinds: [PROGRAM])
      }
      developing: programs(develops: "社会事业人才") { edges { node { name } } }
    }`);
    expect(result.errors).toBeUndefined();
    type Row = {
      type: string;
      from: { name: string; kind: string };
      to: { name: string };
      via: { name: string } | null;
    };
    const team = result.data?.['talentTeam'] as {
      programs: { name: string }[];
      own: { name: string }[];
      relations: Row[];
      ownRelations: unknown[];
      count: number;
      ownCount: number;
      programCount: number;
    };
    // 紧缺专业人才柔性引进机制 develops 紧缺专业人才, a part of 医疗卫生人才, itself a part of 社会事业人才.
    expect(team.programs).toEqual(
      names('名师名校长培养计划', '校长高端培训', '紧缺专业人才柔性引进机制', '诸暨名医'),
    );
    expect(team.own).toEqual(names('名师名校长培养计划', '校长高端培训', '诸暨名医'));
    expect(
      team.relations.filter((r) => r.from.name === '紧缺专业人才柔性引进机制').map((r) => [r.to.name, r.via]),
    ).toEqual([['紧缺专业人才', { name: '紧缺专业人才' }]]);
    // Every row's via is its team end when that is a part, and null when it is 社会事业人才 itself.
    for (const row of team.relations)
      expect(row.via).toEqual(row.to.name === '社会事业人才' ? null : { name: row.to.name });
    expect(team.relations.filter((r) => r.via === null)).toHaveLength(team.ownRelations.length);
    expect(team.ownRelations).toHaveLength(5);
    expect(team.count).toBe(team.relations.length);
    expect(team.relations).toHaveLength(19);
    expect(team.ownCount).toBe(5);
    expect(team.programCount).toBe(team.relations.filter((r) => r.from.kind === 'PROGRAM').length);
    expect(result.data?.['developing']).toEqual({ edges: team.programs.map((node) => ({ node })) });
  });

  it('takes in what is IN_CATEGORY below a category, and lists a link between two parts once', async () => {
    const result = await api.execute(`{
      system: industryCategory(name: "现代产业体系") {
        industries { name }
        own: industries(includeParts: false) { name }
        relations(direction: IN, types: ["IN_CATEGORY"]) { from { name } to { name } via { name } }
      }
      inSystem: industries(first: 50, category: "现代产业体系") { edges { node { name } } }
      manufacturing: industryCategory(name: "优势制造业") {
        relations { type from { name } to { name } via { name } }
        relationCount
        own: relationCount(includeParts: false)
      }
    }`);
    expect(result.errors).toBeUndefined();
    type Row = { type: string; from: { name: string }; to: { name: string }; via: { name: string } | null };
    const data = result.data as {
      system: { industries: { name: string }[]; own: unknown[]; relations: Row[] };
      inSystem: { edges: { node: { name: string } }[] };
      manufacturing: { relations: Row[]; relationCount: number; own: number };
    };
    // Its industries are those of its three categories, as industries(category:) lists them.
    expect(data.system.own).toEqual([]);
    expect(new Set(data.system.industries.map((i) => i.name))).toEqual(
      new Set(data.inSystem.edges.map((e) => e.node.name)),
    );
    expect(data.system.industries).toHaveLength(9);
    for (const row of data.system.relations)
      expect(row.via).toEqual(row.to.name === '现代产业体系' ? null : row.to);
    // 铜材精密加工 PART_OF 精密制造 joins two parts of 优势制造业: one row, through the part it leaves.
    const { relations } = data.manufacturing;
    expect(relations.filter((r) => r.type === 'PART_OF')).toEqual([
      { type: 'PART_OF', from: { name: '优势制造业' }, to: { name: '现代产业体系' }, via: null },
      {
        type: 'PART_OF',
        from: { name: '铜材精密加工' },
        to: { name: '精密制造' },
        via: { name: '铜材精密加工' },
      },
    ]);
    expect(data.manufacturing.relationCount).toBe(relations.length);
    expect(data.manufacturing.own).toBe(relations.filter((r) => r.via === null).length);
    // Its own links: the three industries IN_CATEGORY it, and its place in 现代产业体系.
    expect(
      relations
        .filter((r) => r.via === null)
        .map((r) => `${r.type} ${r.from.name}→${r.to.name}`)
        .sort(),
    ).toEqual(
      [
        'IN_CATEGORY 时尚袜艺→优势制造业',
        'IN_CATEGORY 精密制造→优势制造业',
        'IN_CATEGORY 美丽珍珠→优势制造业',
        'PART_OF 优势制造业→现代产业体系',
      ].sort(),
    );
  });
});
