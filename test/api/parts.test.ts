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
    // A part's own PART_OF link to the whole is not one of the whole's relationships to others.
    const parts = await api.execute(
      '{ talentTeam(name: "社会事业人才") { relations(direction: OUT, includeParts: true) { type to { name } } } }',
    );
    const out = (parts.data?.['talentTeam'] as { relations: { type: string; to: { name: string } }[] })
      .relations;
    expect(out.filter((r) => r.to.name === '社会事业人才')).toEqual([]);
  });
});
