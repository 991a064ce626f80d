import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';
import { testQueries } from '../helpers/test-queries.js';
import { RELATION_BASES } from '../../src/domain/vocabulary.js';

/** Every curated link says how the plan's text supports it (docs/data.md, “How each link is supported”). */
describe('Relation.basis', () => {
  const api = useApi();
  const linksOf = async (name: string) => {
    const result = await api.execute(
      `{ entity(name: "${name}") { relations { type basis from { name } to { name } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const entity = result.data?.['entity'] as {
      relations: { type: string; basis: string; from: { name: string }; to: { name: string } }[];
    };
    return entity.relations.map((r) => `${r.from.name} ${r.type} ${r.to.name}: ${r.basis}`);
  };

  it('is STATED where one sentence names both ends and the link', async () => {
    // “以诸暨经济开发区为主平台,……在数智安防……等产业构建原始创新战略力量”
    expect(await linksOf('诸暨经济开发区')).toContain('诸暨经济开发区 SUPPORTS 数智安防: STATED');
  });

  it('is HEADING for a member named below the heading that names its group', async () => {
    // 五(二)应用科研人才集聚平台 … 搭建人才培养基地
    expect(await linksOf('人才培养基地')).toContain('人才培养基地 PART_OF 应用科研人才集聚平台: HEADING');
  });

  it('is SECTION where only the paragraph ties the ends together', async () => {
    // 三(一): the paragraph opens with 高层次人才 and later names 纵深推进“双招双引”专项行动.
    expect(await linksOf('双招双引专项行动')).toContain('双招双引专项行动 DEVELOPS 高层次人才: SECTION');
  });

  it('filters every field that lists related entities, relations and relationCount', async () => {
    const result = await api.execute(`{
      industry(name: "数智安防") {
        stated: platforms(basis: [STATED]) { name industries(basis: [STATED]) { name } }
        weaker: platforms(basis: [HEADING, SAME_SENTENCE]) { name }
        all: platforms { name }
        statedCount: relationCount(direction: IN, types: ["SUPPORTS"], basis: [STATED])
        headings: relations(direction: IN, basis: [HEADING]) { type basis from { name } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      industry: {
        // “以诸暨经济开发区为主平台,……在数智安防、现代环保、新汽车、航空航天、智能制造、生命健康等产业构建……”
        stated: [
          {
            name: '诸暨经济开发区',
            industries: ['数智安防', '新汽车', '智能制造', '现代环保', '生命健康', '航空航天'].map(
              (name) => ({
                name,
              }),
            ),
          },
        ],
        weaker: [{ name: '产业人才集聚平台' }, { name: '科技创新综合平台' }],
        all: [{ name: '产业人才集聚平台' }, { name: '科技创新综合平台' }, { name: '诸暨经济开发区' }],
        statedCount: 1,
        headings: [{ type: 'SUPPORTS', basis: 'HEADING', from: { name: '产业人才集聚平台' } }],
      },
    });
  });

  it('walks only the links of the bases asked for in path and neighborhood', async () => {
    const result = await api.execute(`{
      any: path(from: "G60诸暨创新港", to: "新材料") { length edges { basis } }
      stated: path(from: "G60诸暨创新港", to: "新材料", basis: [STATED], maxHops: 6) { length edges { basis } }
      statedDirect: path(from: "诸暨经济开发区", to: "数智安防", basis: [STATED]) { length edges { basis } }
      around: neighborhood(name: "G60诸暨创新港") { nodes { name } edges { basis } }
      statedAround: neighborhood(name: "G60诸暨创新港", basis: [STATED, HEADING]) { nodes { name } edges { basis } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<
      string,
      { length?: number; nodes?: unknown[]; edges: { basis: string }[] } | null
    >;
    expect(data['any']).toEqual({ length: 1, edges: [{ basis: 'SAME_SENTENCE' }] });
    const stated = data['stated'];
    // No chain of links that single sentences state joins them within 6 hops.
    expect(stated).toBeNull();
    expect(data['statedDirect']).toEqual({ length: 1, edges: [{ basis: 'STATED' }] });
    const around = data['around'];
    const statedAround = data['statedAround'];
    expect(statedAround?.edges.every((e) => ['STATED', 'HEADING'].includes(e.basis))).toBe(true);
    expect(statedAround?.nodes?.length).toBeLessThan(around?.nodes?.length ?? 0);
    expect(statedAround?.nodes).toContainEqual({ name: '人才一体化发展平台' });
  });

  it('is stored on every curated relationship', async () => {
    const rows = await api.db.read(testQueries.basesByType, {});
    expect(rows.filter((row) => row.basis === null)).toEqual([]);
    for (const row of rows) expect(RELATION_BASES).toContain(row.basis);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(150);
  });
});
