import { describe, expect, it } from 'vitest';
import { indicatorChange } from '../../src/domain/indicator-math.js';
import { useEditedPlan } from '../helpers/edited-plan.js';

const compileEdited = useEditedPlan();

describe('written goals', () => {
  it('keep 新增 and read an increment against the 2020 figure', () => {
    const { compiled, problems } = compileEdited('indicators.yaml', (text) => text);
    expect(problems).toEqual([]);
    const goal = (key: string) => compiled?.graph.indicators.find((i) => i.key === key);
    const centres = goal('provincial-enterprise-technology-centres');
    expect(centres).toMatchObject({
      name: '新增省级企业技术中心',
      increment: true,
      baseline: 25,
      baselineYear: 2020,
      target: 6,
      targetMax: 8,
      evidence: [{ quote: '新增国家级企业技术中心1家,省级企业技术中心6-8家' }],
    });
    expect(centres && indicatorChange(centres)).toMatchObject({ change: 6, targetLevel: 31 });
    // The written 15 teams and 100 talents are the changes of two table rows (4 → 19, 147 → 247).
    expect(goal('leading-innovation-teams-cultivated')).toMatchObject({
      increment: true,
      baseline: 4,
      target: 15,
    });
    expect(goal('high-level-talent-cultivated')).toMatchObject({
      increment: true,
      baseline: 147,
      target: 100,
    });
    const restated = compiled?.graph.relations
      .filter((r) => r.type === 'RESTATES')
      .map((r) => `${r.fromId.split(':').pop()} → ${r.toId.split(':').pop()}`);
    expect(restated).toEqual([
      'talent-resources-total-stated → talent-resources-total',
      'leading-innovation-teams-cultivated → leading-innovation-teams',
      'high-level-talent-cultivated → national-and-provincial-leading-talent',
      'postdocs-introduced-stated → postdocs-introduced',
    ]);
    // A level stays a level: 省级众创空间 12 (2020) → 20.
    expect(goal('provincial-maker-spaces')).toMatchObject({ increment: false, baseline: 12, target: 20 });
  });

  it('must agree with the table row they restate', () => {
    const wrong = compileEdited('indicators.yaml', (text) =>
      text.replace('    target: 15\n', '    target: 16\n'),
    );
    expect(wrong.problems.map((p) => p.reason)).toContain(
      'restates leading-innovation-teams, whose change is 15 个, not 16 个',
    );
    const asLevel = compileEdited('indicators.yaml', (text) =>
      text.replace(
        '    increment: true\n    restates: leading-innovation-teams\n',
        '    restates: leading-innovation-teams\n',
      ),
    );
    expect(asLevel.problems.map((p) => p.reason)).toEqual([
      'restates leading-innovation-teams, whose target is 19 个, not 15 个',
    ]);
  });

  it('take a baseline from an observation only when its unit agrees', () => {
    const { problems } = compileEdited('indicators.yaml', (text) =>
      text.replace(
        '    name: 创建省级众创空间\n    category: 人才平台\n    unit: 家\n',
        '    name: 创建省级众创空间\n    category: 人才平台\n    unit: 个\n',
      ),
    );
    expect(problems.map((p) => p.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^baselineOf provincial-maker-spaces: 12 家 \(2020\) differs from its baseline 12 个/,
        ),
      ]),
    );
  });
});
