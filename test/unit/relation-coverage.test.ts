import { describe, expect, it } from 'vitest';
import type { CompiledPlan } from '../../src/import/compile/compiled-plan.js';
import { findCoMentions, relationCoverage } from '../../src/import/compile/relation-coverage.js';
import { compileAll } from '../../src/import/import-plans.js';
import { fromRoot } from '../../src/paths.js';

const [zhuji] = compileAll([fromRoot('data', 'plans', 'zhuji-2021')]) as [CompiledPlan];
const names = (where: string, sectionPath: string) =>
  findCoMentions(zhuji)
    .filter((c) => c.where === where && c.sectionPath === sectionPath)
    .map((c) => [c.a.name, c.b.name].sort().join(' ~ '));
type Decisions = CompiledPlan['dataset']['relation-decisions.yaml'];
const withDecisions = (dismissed: Decisions['dismissed'], unlinked: Decisions['unlinked'] = []) => ({
  ...zhuji,
  dataset: { ...zhuji.dataset, 'relation-decisions.yaml': { dismissed, unlinked } },
});

describe('relation coverage', () => {
  it('pairs the entities of one sentence whose kinds a relationship type can join', () => {
    // 三(二): “加快建设G60诸暨创新港,全力申建欧美同学会海归小镇,统筹推进…新材料…等新兴产业集群发展”
    expect(names('SENTENCE', '三/(二)')).toEqual(
      expect.arrayContaining(['G60诸暨创新港 ~ 新材料', '新兴产业集群 ~ 新材料']),
    );
  });

  it('pairs a heading with what the body below it names', () => {
    expect(names('HEADING', '五/(一)')).toEqual(
      expect.arrayContaining(['产业人才集聚平台 ~ 企业技术中心', '产业人才集聚平台 ~ 诸暨经济开发区']),
    );
  });

  it('pairs a name nested in another entity’s name with that entity only', () => {
    // 《关于加强高技能人才队伍建设的意见》 and 《关于支持和鼓励大学生来诸就业见习实习的实施意见》 share a sentence.
    expect(names('SENTENCE', '一/(一)/1/一是')).not.toContain('大学生 ~ 高技能人才');
  });

  it('counts a pair as decided when linked in either direction or dismissed, within the section given', () => {
    const undecided = (coverage: ReturnType<typeof relationCoverage>) =>
      coverage.undecided.map((c) => [c.a.name, c.b.name].sort().join(' ~ '));
    // 一/(一)/2 counts 绍兴“名士之乡”英才计划 and 诸暨英才计划 talents side by side; one entry dismisses that pair there.
    const pair = '绍兴名士之乡英才计划 ~ 诸暨英才计划';
    const { dismissed: all } = zhuji.dataset['relation-decisions.yaml'];
    const entry = all.findIndex(
      (d) =>
        d.names.join() === '绍兴名士之乡英才计划' &&
        d.with?.join() === '诸暨英才计划' &&
        d.in === '一/(一)/2',
    );
    expect(entry).toBeGreaterThanOrEqual(0);
    const others = all.filter((_, i) => i !== entry);
    const before = relationCoverage(zhuji);
    expect(undecided(before)).not.toContain(pair);

    const undismissed = relationCoverage(withDecisions(others));
    expect(undecided(undismissed)).toContain(pair);
    expect(undecided(undismissed)).not.toContain('G60诸暨创新港 ~ 人才一体化发展平台');
    expect(undismissed.undecided).toHaveLength(before.undecided.length + 1);

    const reason = 'a test';
    const elsewhere = relationCoverage(
      withDecisions([
        ...others,
        { names: ['绍兴名士之乡英才计划'], with: ['诸暨英才计划'], in: '一/(一)/3', reason },
      ]),
    );
    expect(undecided(elsewhere)).toContain(pair);
    expect(elsewhere.stale).toEqual([
      {
        entry: `dismissed[${others.length}]`,
        reason: 'dismisses no pair that is named together and not linked',
      },
    ]);

    const dismissed = relationCoverage(
      withDecisions([
        ...others,
        { names: ['绍兴名士之乡英才计划'], with: ['诸暨英才计划'], in: '一', reason },
      ]),
    );
    expect(undecided(dismissed)).not.toContain(pair);
    expect(dismissed.undecided).toHaveLength(before.undecided.length);
    expect(dismissed.stale).toEqual([]);
  });

  it('reports a dismissal of an unknown entity, or of pairs that are all linked', () => {
    const coverage = relationCoverage(
      withDecisions([
        { names: ['G60诸暨创新港', '没有这个平台'], reason: 'a test' },
        { names: ['G60诸暨创新港', '人才一体化发展平台'], reason: 'a test' },
      ]),
    );
    expect(coverage.stale).toEqual([
      { entry: 'dismissed[0]', reason: 'unknown entity "没有这个平台"' },
      { entry: 'dismissed[1]', reason: 'dismisses no pair that is named together and not linked' },
    ]);
  });

  it('counts an entity that only an indicator measures as linked to nothing', () => {
    const { dismissed, unlinked } = zhuji.dataset['relation-decisions.yaml'];
    const without = unlinked.filter((u) => !u.names.includes('研发人员'));
    expect(without).toHaveLength(unlinked.length - 1);
    const coverage = relationCoverage(withDecisions(dismissed, without));
    // 每万名劳动力中研发人员数 MEASURES 研发人员, a link to an indicator, not to another entity.
    expect(coverage.orphans.map((e) => e.name)).toEqual(['研发人员']);
    expect(coverage.unlinkedCount).toBe(relationCoverage(zhuji).unlinkedCount);
  });
});
