import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

/** `relations(includeParts: true)`: the links of an entity's parts too, each row naming the part. */
describe('relations of an entity and its parts', () => {
  const api = useApi();

  it('adds only with includeParts, through every depth of PART_OF, naming the part in each row', async () => {
    const result = await api.execute(`{
      industry(name: "精密制造") {
        own: relations(direction: IN, types: ["SUPPORTS"]) { to { name } }
        withParts: relations(direction: IN, types: ["SUPPORTS"], includeParts: true) { to { name } }
      }
      talentTeam(name: "社会事业人才") {
        own: relations(direction: IN, types: ["DEVELOPS"]) { to { name } }
        withParts: relations(direction: IN, types: ["DEVELOPS"], includeParts: true) { to { name } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, Record<string, { to: { name: string } }[]>>;
    const targets = (rows: { to: { name: string } }[] | undefined) => new Set(rows?.map((r) => r.to.name));
    expect(data['industry']?.['own']).toEqual([]);
    expect(targets(data['industry']?.['withParts'])).toEqual(new Set(['铜材精密加工']));
    expect(targets(data['talentTeam']?.['own'])).toEqual(new Set(['社会事业人才']));
    // 教师 and 医疗卫生人才 are parts; 临床型人才 is a part of 医疗卫生人才.
    for (const part of ['社会事业人才', '教师', '医疗卫生人才', '临床型人才'])
      expect(targets(data['talentTeam']?.['withParts'])).toContain(part);
    // The typed fields of industries and talent teams take it too, listing each entity once.
    const typed = await api.execute(`{
      industry(name: "精密制造") { platforms { name } withParts: platforms(includeParts: true) { name } }
      talentTeam(name: "社会事业人才") { programs { name } withParts: programs(includeParts: true) { name } }
    }`);
    expect(typed.errors).toBeUndefined();
    expect(typed.data).toEqual({
      industry: {
        platforms: [],
        withParts: [
          { name: '产业人才集聚平台' },
          { name: '产业创新服务综合体' },
          { name: '产业平台' },
          { name: '特色产业工程师协同创新中心' },
        ],
      },
      talentTeam: {
        programs: [{ name: '名师名校长培养计划' }, { name: '校长高端培训' }, { name: '诸暨名医' }],
        withParts: [
          { name: '名师名校长培养计划' },
          { name: '校长高端培训' },
          { name: '紧缺专业人才柔性引进机制' },
          { name: '诸暨名医' },
        ],
      },
    });
    // A part's own PART_OF link to the whole is not one of the whole's relationships to others.
    const parts = await api.execute(
      '{ talentTeam(name: "社会事业人才") { relations(direction: OUT, includeParts: true) { type to { name } } } }',
    );
    const out = (parts.data?.['talentTeam'] as { relations: { type: string; to: { name: string } }[] })
      .relations;
    expect(out.filter((r) => r.to.name === '社会事业人才')).toEqual([]);
  });
});
