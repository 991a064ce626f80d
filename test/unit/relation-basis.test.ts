import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { useEditedPlan } from '../helpers/edited-plan.js';

const compileEdited = useEditedPlan();
/** Compiles the plan with relations.yaml changed by `edit`. */
const compileWith = (edit: (relations: string) => string) => compileEdited('relations.yaml', edit);

const DEVELOPS_ENTRY =
  '  - type: DEVELOPS\n    from: [双招双引专项行动, 揭榜挂帅全球引才行动]\n    to: 高层次人才\n';

// The note of the first READING entry, 铜材精密加工 PART_OF 精密制造.
const READING_NOTE = / {4}note: >-\n(?: {6}.*\n)+/;

describe('a relationship’s basis', () => {
  it('is READING only where the dataset says so and says how, in a note', () => {
    const { compiled, problems } = compileWith((text) => text);
    expect(problems).toEqual([]);
    const names = new Map(compiled?.graph.entities.map((e) => [e.id, e.name]));
    const list = (names: string | readonly string[]) => (typeof names === 'string' ? [names] : names);
    const declared = new Set(
      compiled?.dataset['relations.yaml'].relations
        .filter((r) => r.basis === 'READING')
        .flatMap((r) => {
          expect(r.note).toBeTruthy();
          return list(r.from).flatMap((from) => list(r.to).map((to) => `${from} ${r.type} ${to}`));
        }),
    );
    const reading = compiled?.graph.relations.filter((r) => r.basis === 'READING');
    const read = new Set(reading?.map((r) => `${names.get(r.fromId)} ${r.type} ${names.get(r.toId)}`));
    expect(read).toContain('铜材精密加工 PART_OF 精密制造');
    expect(read).toEqual(declared);
    const withoutNote = compileWith((text) => {
      expect(text).toMatch(READING_NOTE);
      return text.replace(READING_NOTE, '');
    });
    expect(withoutNote.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/^no basis for 铜材精密加工 → 精密制造: .*basis: READING, with a note/),
    ]);
  });

  it('is inferred from the quotes when the dataset gives none', () => {
    const { compiled, problems } = compileWith((text) => text);
    expect(problems).toEqual([]);
    const names = new Map(compiled?.graph.entities.map((e) => [e.id, e.name]));
    const basisOf = (type: string, from: string, to: string) =>
      compiled?.graph.relations.find(
        (r) => r.type === type && names.get(r.fromId) === from && names.get(r.toId) === to,
      )?.basis;
    expect(basisOf('SUPPORTS', '诸暨经济开发区', '数智安防')).toBe('STATED');
    expect(basisOf('PART_OF', '人才培养基地', '应用科研人才集聚平台')).toBe('HEADING');
    expect(basisOf('DEVELOPS', '双招双引专项行动', '高层次人才')).toBe('SECTION');
    // “全市建有院士(专家)工作站31家”: 院士 is named only inside the station's name.
    expect(basisOf('DEVELOPS', '院士(专家)工作站', '院士')).toBe('SAME_SENTENCE');
    // “聚焦人才一体化发展平台,……布局。加快建设G60诸暨创新港” runs over a sentence's end; 五(三)'s heading is closer.
    expect(basisOf('PART_OF', 'G60诸暨创新港', '人才一体化发展平台')).toBe('HEADING');
    expect(
      compiled?.graph.relations.filter((r) => r.type === 'MEASURES').every((r) => r.basis === undefined),
    ).toBe(true);
  });

  it('may be declared weaker than the quotes support, never stronger', () => {
    const weaker = compileWith((text) =>
      text.replace(
        '  - type: SUPPORTS\n    from: 诸暨经济开发区\n',
        '  - type: SUPPORTS\n    from: 诸暨经济开发区\n    basis: SAME_SENTENCE\n',
      ),
    );
    expect(weaker.problems).toEqual([]);
    expect(
      new Set(weaker.compiled?.graph.relations.filter((r) => r.type === 'SUPPORTS').map((r) => r.basis)),
    ).toContain('SAME_SENTENCE');

    expect(readFileSync(fromRoot('data', 'plans', 'zhuji-2021', 'relations.yaml'), 'utf8')).toContain(
      DEVELOPS_ENTRY,
    );
    const stronger = compileWith((text) =>
      text.replace(DEVELOPS_ENTRY, `${DEVELOPS_ENTRY}    basis: STATED\n`),
    );
    expect(stronger.problems.map((p) => p.reason)).toEqual([
      'basis STATED is stronger than the quotes support for 双招双引专项行动 → 高层次人才 (SECTION)',
      'basis STATED is stronger than the quotes support for 揭榜挂帅全球引才行动 → 高层次人才 (SECTION)',
    ]);
  });
});
