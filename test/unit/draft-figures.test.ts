import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runDraft } from '../../src/cli/run-draft.js';
import { findFigures } from '../../src/draft/find-figures.js';
import { compilePlanFolder } from '../../src/import/compile/compile-plan.js';

const PERIOD = { start: 2021, end: 2025 };
const figures = (text: string, chapter = '') =>
  findFigures(text, PERIOD, () => chapter).map((f) => ({
    kind: f.kind,
    name: f.name,
    value: f.value,
    ...(f.valueMax === undefined ? {} : { valueMax: f.valueMax }),
    unit: f.unit,
    comparator: f.comparator,
    increment: f.increment,
    year: f.year,
    ...(f.yearEnd === undefined ? {} : { yearEnd: f.yearEnd }),
    ...(f.comparedTo === undefined ? {} : { comparedTo: f.comparedTo }),
    quote: text.slice(f.start, f.end),
  }));

describe('figures of the prose', () => {
  it('reads a goal’s bound, range and verb, and gives a clause without one the verb of the clause before', () => {
    const text =
      '到2025年,新增省级研发中心2家,市级研发中心5-8家,力争建成人才公寓超过1000套,引进博士后30名以上。';
    expect(figures(text)).toEqual([
      expect.objectContaining({
        name: '新增省级研发中心',
        value: 2,
        unit: '家',
        comparator: 'EXACT',
        increment: true,
      }),
      expect.objectContaining({
        name: '新增市级研发中心',
        value: 5,
        valueMax: 8,
        comparator: 'RANGE',
        quote: '市级研发中心5-8家',
      }),
      expect.objectContaining({ name: '建成人才公寓', value: 1000, unit: '套', comparator: 'MORE_THAN' }),
      expect.objectContaining({
        name: '引进博士后',
        value: 30,
        unit: '名',
        comparator: 'AT_LEAST',
        year: 2025,
      }),
    ]);
    expect(figures(text).every((f) => f.kind === 'goal')).toBe(true);
  });

  it('reads a count written in words before what it counts (百名领军人才), not a rate (每万名劳动力)', () => {
    const text =
      '到2025年,打造一支拥有百名领军人才、千名骨干人才的青溪企业家队伍,每万名劳动力中研发人员达150人年。';
    const found = figures(text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'goal',
          name: '领军人才',
          value: 100,
          unit: '名',
          quote: '百名领军人才',
        }),
        expect.objectContaining({
          kind: 'goal',
          name: '骨干人才',
          value: 1000,
          unit: '名',
          quote: '千名骨干人才',
        }),
      ]),
    );
    expect(found.filter((f) => f.value === 10000)).toEqual([]);
    // In the order the text writes them.
    expect(found.map((f) => f.quote)).toEqual([
      '百名领军人才',
      '千名骨干人才',
      '每万名劳动力中研发人员达150人年',
    ]);
  });

  it('reads what a long clause counts after its last 的, and keeps names joined by 、 in one clause', () => {
    expect(
      figures('到2025年,引进对产业具有重大影响、效益显著的创新团队15个以上,新增国家级、省级工作站5家。'),
    ).toEqual([
      expect.objectContaining({ name: '引进创新团队', value: 15, comparator: 'AT_LEAST' }),
      expect.objectContaining({
        name: '新增国家级、省级工作站',
        value: 5,
        quote: '新增国家级、省级工作站5家',
      }),
    ]);
  });

  it('reads an observation’s year, a period’s span and the year a change is compared with', () => {
    expect(
      figures(
        '截至2020年底,全县人才资源总量达12.5万人,比2015年增长40.2%。“十三五”期间,新增就业大学生3.1万人。',
      ),
    ).toEqual([
      expect.objectContaining({
        kind: 'observation',
        name: '全县人才资源总量',
        value: 12.5,
        unit: '万人',
        year: 2020,
      }),
      expect.objectContaining({
        kind: 'observation',
        name: '全县人才资源总量比2015年增长',
        value: 40.2,
        unit: '%',
        comparedTo: 2015,
        quote: '比2015年增长40.2%',
      }),
      expect.objectContaining({ kind: 'observation', value: 3.1, year: 2016, yearEnd: 2020 }),
    ]);
  });

  it('takes the kind from the paragraph, else the chapter’s title, and leaves out a figure nothing grounds', () => {
    const paragraph = '到2025年,人才总量超过20万人。培育高技能人才500名以上。';
    expect(figures(paragraph).map((f) => [f.kind, f.value])).toEqual([
      ['goal', 20],
      ['goal', 500],
    ]);
    const plain = '全县共有省级众创空间4家。';
    expect(figures(plain, '一、发展基础').map((f) => f.kind)).toEqual(['observation']);
    expect(figures('建设人才驿站10个。', '三、主要任务').map((f) => f.kind)).toEqual(['goal']);
    expect(figures('建设人才驿站10个。', '附则')).toEqual([]);
    // Years, ordinals and numbers without a unit are no figures.
    expect(figures('到2025年,奋斗30年,第3批,实施“1+X”计划。')).toEqual([]);
  });
});

const PLAN = `青溪县人民政府办公室关于印发青溪县人才发展“十四五”规划的通知
青政办发〔2022〕7号
青溪县人民政府办公室
2022年3月8日
青溪县人才发展“十四五”规划
一、发展基础
截至2020年底,全县人才资源总量达12.5万人,其中高技能人才3.2万人,建有省级众创空间4家。
二、发展目标
到2025年,全县人才资源总量达到16万人,高技能人才4.5万人,新增省级众创空间3家以上。
青溪县“十四五”时期人才发展主要指标
指标\t单位\t2020年基期数\t2025年目标
人才资源总量\t万人\t12.5\t16
高技能人才\t万人\t3.2\t4.5
三、主要任务
实施“青溪工匠培育计划”,壮大高技能人才队伍。
`;

describe('plan-graph draft: goals and observations', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the prose’s figures as draft goals and observations, and a goal the table states as where it states the row', () => {
    const plans = mkdtempSync(join(tmpdir(), 'draft-figures-'));
    dirs.push(plans);
    const source = join(plans, 'qingxi.txt');
    writeFileSync(source, PLAN);
    expect(
      runDraft(
        { file: source, slug: 'qingxi', report: false, force: false },
        { PLAN_GRAPH_PLANS_DIR: plans },
      ),
    ).toBe(0);
    const folder = join(plans, 'qingxi');
    expect(compilePlanFolder(folder).problems).toEqual([]);
    const yaml = (name: string) => parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>;
    const indicators = yaml('indicators.yaml') as {
      table: { row: string; measures?: string[]; statedIn?: { quote: string }[]; curation: string }[];
      written: {
        name: string;
        target: number;
        comparator: string;
        evidence: { quote: string }[];
        curation: string;
      }[];
    };
    // The tab-set table's rows, each with the sentence that states its target in the table's own number.
    expect(indicators.table).toEqual([
      expect.objectContaining({
        row: '人才资源总量',
        curation: 'draft',
        statedIn: [expect.objectContaining({ quote: '全县人才资源总量达到16万人' })],
      }),
      expect.objectContaining({
        row: '高技能人才',
        measures: ['高技能人才'],
        statedIn: [expect.objectContaining({ quote: '高技能人才4.5万人' })],
      }),
    ]);
    expect(indicators.written).toEqual([
      expect.objectContaining({
        name: '新增省级众创空间',
        target: 3,
        comparator: 'AT_LEAST',
        curation: 'draft',
      }),
    ]);
    const observations = (
      yaml('observations.yaml') as {
        observations: { name: string; value: number; year: number; curation: string }[];
      }
    ).observations;
    expect(observations.map((o) => [o.name, o.value, o.year, o.curation])).toEqual([
      ['全县人才资源总量', 12.5, 2020, 'draft'],
      ['高技能人才', 3.2, 2020, 'draft'],
      ['建有省级众创空间', 4, 2020, 'draft'],
    ]);
  });
});
