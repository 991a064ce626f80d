import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

describe('indicators and observations', () => {
  const api = useApi();

  it('lists table rows with their evidence, subject and computed changes', async () => {
    expect(
      await api.execute(`{
        indicators(category: "人才引育", fromTable: true) {
          id key name category unit baseline baselineYear target targetMax targetYear bound fromTable
          change growthPercent requiredAnnualGrowthPercent measures { name } evidence { quote section { path } } plan { id }
        }
      }`),
    ).toEqual({
      data: {
        indicators: [
          [
            'national-and-provincial-leading-talent',
            '引进培育国家和省级领军人才',
            '人',
            147,
            247,
            100,
            68.03,
            10.94,
            '领军人才',
            '人才引育 | 引进培育国家和省级领军人才 | 人 | 147 | 247 |',
          ],
          [
            'leading-innovation-teams',
            '引进领军型创新创业团队',
            '个',
            4,
            19,
            15,
            375,
            36.56,
            '领军型创新创业团队',
            '引进领军型创新创业团队 | 个 | 4 | 19 | |',
          ],
          [
            'graduates-employed-per-year',
            '年均新增就业大学生',
            '万人',
            1.39,
            2,
            0.61,
            43.88,
            7.55,
            '大学生',
            '年均新增就业大学生 | 万人 | 1.39 | 2 | |',
          ],
          [
            'postdocs-introduced',
            '新引进博士后',
            '人',
            27,
            65,
            38,
            140.74,
            19.21,
            '博士后',
            '新引进博士后 | 人 | 27 | 65 | |',
          ],
        ].map(
          ([
            key,
            name,
            unit,
            baseline,
            target,
            change,
            growthPercent,
            requiredAnnualGrowthPercent,
            measured,
            quote,
          ]) => ({
            id: `zhuji-2021:indicator:${String(key)}`,
            key,
            name,
            category: '人才引育',
            unit,
            baseline,
            baselineYear: 2020,
            target,
            targetMax: null,
            targetYear: 2025,
            bound: 'EXACT',
            fromTable: true,
            change,
            growthPercent,
            requiredAnnualGrowthPercent,
            measures: [{ name: measured }],
            evidence: [{ quote, section: { path: '二/(三)/表1' } }],
            plan: { id: 'zhuji-2021' },
          }),
        ),
      },
    });
  });

  it('holds all 19 rows of the indicator table exactly as the plan gives them, % rows changing in points', async () => {
    const result = await api.execute(`{
      indicators(fromTable: true) {
        category name unit baseline baselineYear target targetYear change growthPercent requiredAnnualGrowthPercent
      }
    }`);
    expect(result.errors).toBeUndefined();
    // Category, name, unit, 2020 baseline, 2025 target: the table of 二(三), row by row.
    const table: [string, string, string, number | null, number][] = [
      ['人才总量', '人才资源总量', '万人', 32.2, 39],
      ['人才总量', '党政人才', '万人', 0.42, 0.46],
      ['人才总量', '经营管理人才', '万人', 7.04, 8.63],
      ['人才总量', '专业技术人才', '万人', 10.75, 12.2],
      ['人才总量', '高技能人才', '万人', 10.04, 13.5],
      ['人才总量', '农村实用人才', '万人', 3.87, 3.88],
      ['人才总量', '社会工作专业人才', '万人', 0.08, 0.33],
      ['人才引育', '引进培育国家和省级领军人才', '人', 147, 247],
      ['人才引育', '引进领军型创新创业团队', '个', 4, 19],
      ['人才引育', '年均新增就业大学生', '万人', 1.39, 2],
      ['人才引育', '新引进博士后', '人', 27, 65],
      ['人才结构', '每万名劳动力中研发人员数', '人年', 115, 185],
      ['人才结构', '专业技术人才高级职称比例', '%', 9.5, 12],
      ['人才结构', '高技能人才占技能劳动者比例', '%', 33, 37],
      ['人才效能', '科技贡献率', '%', 65, 70],
      ['人才效能', '每万人高价值发明专利拥有量', '件', 4.63, 10],
      ['人才效能', '高新技术产业增加值占规上工业比重', '%', 43.6, 52],
      ['人才效能', '全员劳动生产率年均增长', '%', 5.13, 6.5],
      ['人才效能', '人力资本投资占地区生产总值比例', '%', null, 20],
    ];
    type Row = Record<string, unknown>;
    const rows = result.data?.['indicators'] as Row[];
    expect(rows.map((r) => [r['category'], r['name'], r['unit'], r['baseline'], r['target']])).toEqual(table);
    expect(new Set(rows.map((r) => `${String(r['baselineYear'])}→${String(r['targetYear'])}`))).toEqual(
      new Set(['2020→2025']),
    );
    // A share or a rate changes in percentage points; its relative or compound growth is not given.
    expect(rows.find((r) => r['name'] === '科技贡献率')).toMatchObject({
      change: 5,
      growthPercent: null,
      requiredAnnualGrowthPercent: null,
    });
    expect(rows.find((r) => r['name'] === '全员劳动生产率年均增长')).toMatchObject({
      change: 1.37,
      growthPercent: null,
      requiredAnnualGrowthPercent: null,
    });
  });

  it('reads the level each target and figure names, from its own wording', async () => {
    const result = await api.execute(`{
      indicators(fromTable: false, category: "人才平台") { name level }
      observations { name level }
    }`);
    const levels = (list: unknown) =>
      Object.fromEntries((list as { name: string; level: string | null }[]).map((i) => [i.name, i.level]));
    expect(levels(result.data?.['indicators'])).toMatchObject({
      '新增国家级、省级博士后工作站': '国家级、省级',
      新增省级企业技术中心: '省级',
      新增省级以上企业研发机构: '省级以上',
      培育市级以上重点实验室: '市级以上',
      创建高新技术特色小镇: null,
    });
    const observed = levels(result.data?.['observations']);
    expect(Object.values(observed).filter((level) => level !== null).length).toBeGreaterThan(5);
    expect(
      Object.entries(observed).filter(([name, level]) => level !== null && !name.includes(level)),
    ).toEqual([]);
  });

  it('reads a restatement from both ends, and joins counterparts in other plans by key (none with one plan)', async () => {
    expect(
      await api.execute(`{
        indicators(fromTable: true, category: "人才总量") { key restatedBy { name bound target } counterparts { key } }
        industry(name: "精密制造") { key counterparts { name } }
      }`),
    ).toMatchObject({
      data: {
        indicators: expect.arrayContaining([
          {
            key: 'talent-resources-total',
            restatedBy: [{ name: '全市人才资源总量', bound: 'MORE_THAN', target: 39 }],
            counterparts: [],
          },
        ]) as unknown,
        industry: { key: 'precision-manufacturing', counterparts: [] },
      },
    });
  });

  it('says which targets are increments, and reads their change and the level they imply', async () => {
    const result = await api.execute(`{
      indicators(fromTable: false) {
        key name increment baseline baselineYear target targetMax change targetLevel growthPercent
        requiredAnnualGrowthPercent note restates { key baseline target } evidence { quote }
      }
      table: indicators(fromTable: true) { increment key restatedBy { key increment target } }
    }`);
    type Row = Record<string, unknown> & { key: string };
    const byKey = new Map((result.data?.['indicators'] as Row[]).map((i) => [i.key, i]));
    // 新增国家级企业技术中心1家,省级企业技术中心6-8家: one and six to eight more, against 4 and 25 in 2020.
    expect(byKey.get('national-enterprise-technology-centres-new')).toMatchObject({
      name: '新增国家级企业技术中心',
      increment: true,
      baseline: 4,
      baselineYear: 2020,
      change: 1,
      targetLevel: 5,
      growthPercent: 25,
    });
    expect(byKey.get('provincial-enterprise-technology-centres')).toMatchObject({
      name: '新增省级企业技术中心',
      increment: true,
      baseline: 25,
      target: 6,
      targetMax: 8,
      change: 6,
      targetLevel: 31,
      note: expect.stringContaining('新增') as unknown,
      evidence: [{ quote: '新增国家级企业技术中心1家,省级企业技术中心6-8家' }],
    });
    // The written 15 teams and 100 high-level talents are the changes of the table's 4 → 19 and 147 → 247.
    expect(byKey.get('leading-innovation-teams-cultivated')).toMatchObject({
      increment: true,
      baseline: 4,
      change: 15,
      targetLevel: 19,
      restates: { key: 'leading-innovation-teams', baseline: 4, target: 19 },
    });
    expect(byKey.get('high-level-talent-cultivated')).toMatchObject({
      increment: true,
      change: 100,
      targetLevel: 247,
      restates: { key: 'national-and-provincial-leading-talent', baseline: 147, target: 247 },
    });
    // An increment without a 2020 figure still knows its change; a level keeps target − baseline.
    expect(byKey.get('postdoc-workstations-new')).toMatchObject({
      increment: true,
      baseline: null,
      change: 5,
      targetLevel: null,
    });
    expect(byKey.get('provincial-maker-spaces')).toMatchObject({
      increment: false,
      baseline: 12,
      change: 8,
      targetLevel: 20,
      note: expect.stringContaining('创建') as unknown,
    });
    expect(byKey.get('zhushang-leading-talent')).toMatchObject({ increment: false, note: null });
    const table = result.data?.['table'] as { increment: boolean; key: string; restatedBy: Row[] }[];
    expect(table.every((row) => !row.increment)).toBe(true);
    expect(table.find((row) => row.key === 'leading-innovation-teams')?.restatedBy).toEqual([
      { key: 'leading-innovation-teams-cultivated', increment: true, target: 15 },
    ]);
  });

  it('marks the one table row that counts an amount a year as perYear', async () => {
    const result = await api.execute('{ indicators { key perYear unit baseline target change } }');
    const rows = result.data?.['indicators'] as { key: string; perYear: boolean }[];
    expect(rows.filter((row) => row.perYear)).toEqual([
      {
        key: 'graduates-employed-per-year',
        perYear: true,
        unit: '万人',
        baseline: 1.39,
        target: 2,
        change: 0.61,
      },
    ]);
  });

  it('measures the 诸商 team’s tiers by their own nodes, not the city’s leading talents', async () => {
    const result = await api.execute(`{
      leaders: indicators(category: "人才队伍") { key measures { name } }
      city: talentTeam(name: "领军人才") { indicators { key } }
      reserve: talentTeam(name: "万名后备人才") { name indicators { key } }
      social: talentTeam(name: "后备人才") { name programs { name } }
    }`);
    expect(result).toEqual({
      data: {
        leaders: [
          { key: 'zhushang-leading-talent', measures: [{ name: '诸商领军人才' }] },
          { key: 'zhushang-backbone-talent', measures: [{ name: '骨干人才' }] },
          { key: 'zhushang-reserve-talent', measures: [{ name: '诸商后备人才' }] },
        ],
        city: { indicators: [{ key: 'national-and-provincial-leading-talent' }] },
        reserve: { name: '诸商后备人才', indicators: [{ key: 'zhushang-reserve-talent' }] },
        social: { name: '社会事业后备人才', programs: [{ name: '后备人才培养机制' }] },
      },
    });
  });

  it('keeps ranges and bounds, links restatements and baselines, and counts everything', async () => {
    expect(
      await api.execute(`{
        all: indicators { key }
        range: indicators(fromTable: false, category: "人才平台") { key bound target targetMax }
        restated: indicators(fromTable: false, category: "人才总量") { restates { key } measures { name } }
        party: talentTeam(name: "党政人才") { indicators { evidence { quote } baselineObservations { key value } } }
      }`),
    ).toMatchObject({
      data: {
        all: expect.arrayContaining([{ key: 'talent-resources-total' }]) as unknown,
        range: [
          ['high-tech-towns', 'EXACT', 1, null],
          ['provincial-incubators', 'EXACT', 3, null],
          ['provincial-maker-spaces', 'EXACT', 20, null],
          ['university-institutes', 'AT_LEAST', 10, null],
          ['firms-partnering-universities', 'MORE_THAN', 1000, null],
          ['national-enterprise-technology-centres-new', 'EXACT', 1, null],
          ['provincial-enterprise-technology-centres', 'RANGE', 6, 8],
          ['enterprise-rd-institutions', 'AT_LEAST', 30, null],
          ['key-laboratories', 'EXACT', 3, null],
          ['postdoc-workstations-new', 'AT_LEAST', 5, null],
          ['society-service-stations', 'AT_LEAST', 10, null],
        ].map(([key, bound, target, targetMax]) => ({ key, bound, target, targetMax })),
        restated: [{ restates: { key: 'talent-resources-total' }, measures: [{ name: '人才资源' }] }],
        party: {
          indicators: [
            {
              evidence: [{ quote: '党政人才 | 万人 | 0.42 | 0.46 | |' }, { quote: '党政人才0.46万人' }],
              baselineObservations: [{ key: 'party-and-government-talent-2020', value: 0.42 }],
            },
          ],
        },
      },
    });
    const counts = await api.execute('{ indicators { fromTable } observations { key } }');
    const list = counts.data?.['indicators'] as { fromTable: boolean }[];
    expect([
      list.filter((i) => i.fromTable).length,
      list.length,
      (counts.data?.['observations'] as unknown[]).length,
    ]).toEqual([19, 39, 42]);
  });

  it('gives observations with their period, subject and the baseline they confirm', async () => {
    const result = await api.execute(`{
      observations { key name value unit year yearEnd comparedTo about { name } baselineOf { key } evidence { quote section { path } } plan { id } }
    }`);
    const wanted = [
      'talent-resources-2020',
      'talent-resources-growth-since-2015',
      'graduates-employed-2016-2020',
    ];
    expect(
      (result.data?.['observations'] as { key: string }[]).filter((o) => wanted.includes(o.key)),
    ).toEqual([
      {
        key: 'talent-resources-2020',
        name: '全市人才资源总量',
        value: 32.2,
        unit: '万人',
        year: 2020,
        yearEnd: null,
        comparedTo: null,
        about: [{ name: '人才资源' }],
        baselineOf: { key: 'talent-resources-total' },
        evidence: [{ quote: '全市人才资源总量达32.2万人', section: { path: '一/(一)/2' } }],
        plan: { id: 'zhuji-2021' },
      },
      {
        key: 'talent-resources-growth-since-2015',
        name: '全市人才资源总量比2015年增长',
        value: 74.1,
        unit: '%',
        year: 2020,
        yearEnd: null,
        comparedTo: 2015,
        about: [{ name: '人才资源' }],
        baselineOf: null,
        evidence: [{ quote: '全市人才资源总量达32.2万人,比2015年增长74.1%', section: { path: '一/(一)/2' } }],
        plan: { id: 'zhuji-2021' },
      },
      {
        key: 'graduates-employed-2016-2020',
        name: '五年内新增就业大学生',
        value: 6.97,
        unit: '万人',
        year: 2016,
        yearEnd: 2020,
        comparedTo: null,
        about: [{ name: '大学生' }],
        baselineOf: null,
        evidence: [{ quote: '五年内全市新增就业大学生6.97万人', section: { path: '一/(一)/2' } }],
        plan: { id: 'zhuji-2021' },
      },
    ]);
  });
});
