import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';
import { testQueries } from '../helpers/test-queries.js';
import { RELATION_BASES } from '../../src/domain/vocabulary.js';

/** Every curated link says how the plan's text supports it (README, “How each link is supported”). */
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

  it('is stored on every curated relationship', async () => {
    const rows = await api.db.read(testQueries.basesByType, {});
    expect(rows.filter((row) => row.basis === null)).toEqual([]);
    for (const row of rows) expect(RELATION_BASES).toContain(row.basis);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(150);
  });
});
