import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { useApi } from '../helpers/api.js';

/** The GraphQL blocks of a Markdown file, as a reader would copy them. */
const graphqlBlocks = (markdown: string) =>
  [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim());
// Every question is in docs/questions.md; the README shows a few of them.
const blocks = graphqlBlocks(readFileSync(fromRoot('docs', 'questions.md'), 'utf8'));
const readmeBlocks = graphqlBlocks(readFileSync(fromRoot('README.md'), 'utf8'));
const operations = readFileSync(fromRoot('schema', 'operations', 'questions.graphql'), 'utf8');

const evidence = (quote: string, path: string) => ({ quote, section: { path } });
const names = (...list: string[]) => list.map((name) => ({ name }));

/** The answer each question of docs/questions.md must get, checked against the plan's text by hand. */
const ANSWERS: Record<string, unknown> = {
  PlatformsSupportingAnIndustry: {
    industry: {
      name: '数智安防',
      category: { name: '战略性新兴产业' },
      relations: [
        {
          // 五(一)'s heading names the group, its first sentence the industries.
          basis: 'HEADING',
          from: { name: '产业人才集聚平台', type: '重点平台' },
          evidence: [
            evidence('(一)产业人才集聚平台', '五/(一)'),
            evidence(
              '在数智安防、现代环保、新汽车、航空航天、智能制造、生命健康等产业构建原始创新战略力量',
              '五/(一)',
            ),
          ],
        },
        {
          basis: 'SAME_SENTENCE',
          from: { name: '科技创新综合平台', type: '综合平台' },
          evidence: [
            evidence(
              '在数智安防、现代环保、新汽车、航空航天、智能制造、生命健康等产业构建原始创新战略力量,不断优化创新政策和创新服务环境,提升科技创新综合平台的整体效能',
              '五/(一)',
            ),
          ],
        },
        {
          basis: 'STATED',
          from: { name: '诸暨经济开发区', type: '开发区' },
          evidence: [
            evidence(
              '以诸暨经济开发区为主平台,聚焦发展重量级未来产业,科学规划科创资源的核心承载区,在数智安防、现代环保、新汽车、航空航天、智能制造、生命健康等产业构建原始创新战略力量',
              '五/(一)',
            ),
          ],
        },
      ],
    },
  },
  ProgramsDevelopingATeam: {
    talentTeam: {
      name: '高技能人才',
      roles: ['STATISTICAL_CATEGORY', 'KEY_TEAM'],
      programs: [
        { name: '新型学徒培养机制', type: '机制' },
        { name: '职业技能提升行动', type: '行动' },
        { name: '职业技能竞赛', type: '竞赛' },
        { name: '职业技能终身培训体系', type: '体系' },
        { name: '高技能人才培育计划', type: '计划' },
      ],
    },
  },
  HowAProgramConnectsToATeam: {
    path: {
      length: 1,
      nodes: [
        { name: '家燕归巢计划', kind: 'PROGRAM' },
        { name: '青年人才', kind: 'TALENT_TEAM' },
      ],
      edges: [
        {
          type: 'DEVELOPS',
          evidence: [
            // The paragraph's opening names the team, the program's own sentence the program; the quotes of the
            // other programs in that paragraph are theirs, not this link's.
            evidence('围绕重点产业领域,加大优秀青年人才培养力度', '三/(一)'),
            evidence('持续推动“家燕归巢”计划', '三/(一)'),
          ],
        },
      ],
    },
  },
  HowAProgramConnectsToAnIndustry: {
    path: {
      length: 3,
      // The plan does not link the two itself; every hop is stated.
      direct: false,
      throughReading: false,
      nodes: names('数字经济一号工程', '数字经济', '新兴业态', '生命健康'),
      edges: [
        {
          type: 'SERVES',
          basis: 'SAME_SENTENCE',
          from: { name: '数字经济一号工程' },
          to: { name: '数字经济' },
        },
        { type: 'IN_CATEGORY', basis: 'STATED', from: { name: '数字经济' }, to: { name: '新兴业态' } },
        { type: 'IN_CATEGORY', basis: 'STATED', from: { name: '生命健康' }, to: { name: '新兴业态' } },
      ],
    },
  },
  WhatThePlanSaysAboutAPlatform: {
    platform: {
      name: 'G60诸暨创新港',
      type: '创新港',
      evidence: [
        { quote: '布局建设G60诸暨创新港', section: { path: '一/(一)/3', title: '创新平台建设卓有成效' } },
        {
          quote: '高水平建设G60诸暨创新港,高起点谋划建设高湖众创平台',
          section: { path: '二/(三)/——3', title: '人才平台不断完善,创新资源加速集聚' },
        },
        { quote: '加快建设G60诸暨创新港', section: { path: '三/(二)', title: '以高能级平台引育产业新人才' } },
        {
          quote:
            '高水平建设G60诸暨创新港,完善共建共享的创新转化平台体系,强化G60优质创新成果转化承载功能,打造长三角中试基地和加速器品牌',
          section: { path: '五/(三)', title: '人才一体化发展平台' },
        },
      ],
      // Its own links (via null), then those of its parts 加速器 and 长三角中试基地 (via names the part), each after the own link to
      // the same entity.
      relations: [
        ['PART_OF', 'HEADING', 'G60诸暨创新港', '人才一体化发展平台'],
        ['PART_OF', 'HEADING', '加速器', '人才一体化发展平台', '加速器'],
        ['PART_OF', 'HEADING', '长三角中试基地', '人才一体化发展平台', '长三角中试基地'],
        // 三(二) names it beside the clusters it is to develop, in parallel clauses: a reading, labelled as one.
        ...['新一代信息产业', '新材料', '汽车装备', '航空航天', '节能环保'].map((industry) => [
          'SUPPORTS',
          'SAME_SENTENCE',
          'G60诸暨创新港',
          industry,
        ]),
        // 五(三): it is to build the accelerators (打造长三角中试基地和加速器品牌).
        ['PART_OF', 'SAME_SENTENCE', '加速器', 'G60诸暨创新港'],
        // 五(三): the port carries the 诸暨中试 half of the model the sentence before builds.
        ['RELIES_ON', 'SECTION', '沪杭研发—诸暨中试产业化新模式', 'G60诸暨创新港'],
        ['RELIES_ON', 'SECTION', '沪杭研发—诸暨中试产业化新模式', '长三角中试基地', '长三角中试基地'],
        ['RELIES_ON', 'SECTION', '融杭接沪发展战略', 'G60诸暨创新港'],
        ['PART_OF', 'SAME_SENTENCE', '长三角中试基地', 'G60诸暨创新港'],
      ].map(([type, basis, from, to, via]) => ({
        type,
        basis,
        from: { name: from },
        to: { name: to },
        via: via === undefined ? null : { name: via },
      })),
      partOf: names('人才一体化发展平台'),
    },
  },
  TalentTotalTargets: {
    indicators: (
      [
        ['人才资源总量', 32.2, 39, 6.8, 21.12, 3.91],
        ['党政人才', 0.42, 0.46, 0.04, 9.52, 1.84],
        ['经营管理人才', 7.04, 8.63, 1.59, 22.59, 4.16],
        ['专业技术人才', 10.75, 12.2, 1.45, 13.49, 2.56],
        ['高技能人才', 10.04, 13.5, 3.46, 34.46, 6.1],
        ['农村实用人才', 3.87, 3.88, 0.01, 0.26, 0.05],
        ['社会工作专业人才', 0.08, 0.33, 0.25, 312.5, 32.77],
      ] as [string, ...(number | null)[]][]
    )
      .map(([name, baseline, target, change, growthPercent, requiredAnnualGrowthPercent]) => ({
        name,
        unit: '万人',
        baseline,
        target,
        bound: 'EXACT',
        fromTable: true,
        change,
        growthPercent,
        requiredAnnualGrowthPercent,
      }))
      .concat([
        {
          // 超过39万人 restates the table's row, whose 2020 figure it takes.
          name: '全市人才资源总量',
          unit: '万人',
          baseline: 32.2,
          target: 39,
          bound: 'MORE_THAN',
          fromTable: false,
          change: 6.8,
          growthPercent: 21.12,
          requiredAnnualGrowthPercent: 3.91,
        },
      ]),
  },
  IndustriesWithoutPlatforms: {
    industries: {
      // 产业平台 and 科研平台 support 传统产业 (三(二) 依托产业平台和科研平台……助推传统产业转型升级), not its part
      // 传统制造业 by name; 精密制造 has the platforms of its part 铜材精密加工, as `Industry.platforms` lists them.
      totalCount: 6,
      edges: [
        '传统制造业',
        '培训会展',
        '文化旅游',
        '现代农业',
        '现代商贸',
        // Named once, as a kind of talent to train (培养……集成电路……等各类人才).
        '集成电路',
      ].map((name) => ({
        node: { name },
      })),
    },
  },
  WhatASectionMentions: {
    section: {
      title: '产业人才集聚平台',
      mentions: [
        ['产业人才集聚平台', 'PLATFORM', '产业人才集聚平台'],
        ['诸暨经济开发区', 'PLATFORM', '诸暨经济开发区'],
        ['重量级未来产业', 'INDUSTRY_CATEGORY', '重量级未来产业'],
        ...['数智安防', '现代环保', '新汽车', '航空航天', '智能制造', '生命健康'].map((n) => [
          n,
          'INDUSTRY',
          n,
        ]),
        ['科技创新综合平台', 'PLATFORM', '科技创新综合平台'],
        ['时尚袜业', 'INDUSTRY', '时尚袜艺'],
        ['美丽珍珠', 'INDUSTRY', '美丽珍珠'],
        ['铜材精密加工', 'INDUSTRY', '铜材精密加工'],
        ['区域主导产业', 'INDUSTRY_CATEGORY', '区域主导产业'],
        ...[
          '产业创新服务综合体',
          '特色产业工程师协同创新中心',
          '企业研究院',
          '企业技术中心',
          '企业研究院',
        ].map((n) => [n, 'PLATFORM', n]),
        ['院士(专家)工作站', 'PLATFORM', '院士(专家)工作站'],
        ['博士后工作站', 'PLATFORM', '博士后工作站'],
        ['学会服务工作站', 'PLATFORM', '学会服务站'],
      ].map(([text, kind, name]) => ({ text, entity: { kind, name } })),
    },
  },
  The333System: {
    industryCategory: {
      name: '现代产业体系',
      parts: [
        { name: '优势制造业', industries: names('时尚袜艺', '精密制造', '美丽珍珠') },
        { name: '战略性新兴产业', industries: names('数智安防', '新材料', '生命健康') },
        { name: '现代服务业', industries: names('培训会展', '文化旅游', '现代商贸') },
      ],
    },
  },
  PositioningGoals: {
    goal: {
      parts: names(
        '全国人城产全面融合标杆城市',
        '数字化人才服务示范区',
        '杭绍甬智能制造人才高地',
        '浙江制造业人才综合改革试验区',
        '长三角区域人才一体化样板区',
      ),
    },
  },
  PartnerUniversities: {
    plan: {
      relations: ['上海交大', '浙江农林大学暨阳学院', '浙江大学', '清华大学'].map((name) => ({
        from: { name },
        evidence: [{ quote: '与清华大学、上海交大、浙江大学、浙江农林大学暨阳学院等高校深化产学研合作' }],
      })),
    },
  },
  MakerSpacesThenAndNow: {
    platform: {
      observations: [{ name: '省级众创空间', value: 12, unit: '家', year: 2020 }],
      indicators: [{ name: '创建省级众创空间', target: 20, unit: '家', targetYear: 2025, bound: 'EXACT' }],
    },
  },
  SearchForPearls: {
    search: [
      {
        entity: { kind: 'INDUSTRY', name: '美丽珍珠', englishName: 'Pearls' },
        matched: '珍珠',
        how: 'EXACT',
      },
      {
        entity: {
          kind: 'TALENT_TEAM',
          name: '珍珠和袜艺时尚设计人才',
          englishName: 'pearl and hosiery fashion design talent',
        },
        matched: '珍珠和袜艺时尚设计人才',
        how: 'PREFIX',
      },
    ],
  },
  BoundedGoals: {
    indicators: [
      ['全市人才资源总量', 39, null, '万人', 'MORE_THAN'],
      ['引进培育领军型创新创业团队', 15, null, '个', 'AT_LEAST'],
      ['引进培育高层次人才', 100, null, '名', 'AT_LEAST'],
      ['引进入选绍兴市级以上优秀青年科技人才', 50, null, '名', 'AT_LEAST'],
      ['新引进博士后', 65, null, '名', 'AT_LEAST'],
      ['引进共建高校研究院或产业创新中心', 10, null, '家', 'AT_LEAST'],
      ['与高校院所建立技术合作关系企业', 1000, null, '家', 'MORE_THAN'],
      ['新增省级企业技术中心', 6, 8, '家', 'RANGE'],
      ['新增省级以上企业研发机构', 30, null, '家', 'AT_LEAST'],
      ['新增国家级、省级博士后工作站', 5, null, '家', 'AT_LEAST'],
      ['国家级、省级学会服务站', 10, null, '家', 'AT_LEAST'],
    ].map(([name, target, targetMax, unit, bound]) => ({ name, target, targetMax, unit, bound })),
  },
  PlatformsOfAnIndustryAndItsParts: {
    industry: {
      // Through 铜材精密加工 (PART_OF 精密制造): 五(一) “围绕时尚袜业、美丽珍珠、铜材精密加工等区域主导产业,推动…”.
      platforms: names('产业人才集聚平台', '产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心'),
      own: [],
      relations: [
        ['HEADING', '产业人才集聚平台'],
        ['STATED', '产业创新服务综合体'],
        ['READING', '产业平台'],
        ['STATED', '特色产业工程师协同创新中心'],
      ].map(([basis, from]) => ({ basis, from: { name: from }, via: { name: '铜材精密加工' } })),
    },
  },
  ProgramsForATeamAndItsParts: {
    talentTeam: {
      relations:
        // Per program or platform, its link to 社会事业人才 itself first (via null), then those to the parts.
        (
          [
            ['DEVELOPS', 'HEADING', '名医工作室', 'PLATFORM', '社会事业人才'],
            ['DEVELOPS', 'STATED', '名医工作室', 'PLATFORM', '临床型人才'],
            ['DEVELOPS', 'SECTION', '名医工作室', 'PLATFORM', '医疗卫生人才'],
            ['DEVELOPS', 'STATED', '名医工作室', 'PLATFORM', '学科带头人'],
            ['DEVELOPS', 'STATED', '名医工作室', 'PLATFORM', '学科骨干'],
            ['DEVELOPS', 'SAME_SENTENCE', '名医工作室', 'PLATFORM', '紧缺专业人才'],
            ['DEVELOPS', 'HEADING', '名师名校长培养计划', 'PROGRAM', '社会事业人才'],
            ['DEVELOPS', 'STATED', '名师名校长培养计划', 'PROGRAM', '专业化校长'],
            ['DEVELOPS', 'STATED', '名师名校长培养计划', 'PROGRAM', '学科专家型名师'],
            ['DEVELOPS', 'SECTION', '名师名校长培养计划', 'PROGRAM', '教师'],
            ['DEVELOPS', 'HEADING', '名师工作室', 'PLATFORM', '社会事业人才'],
            ['DEVELOPS', 'SAME_SENTENCE', '名师工作室', 'PLATFORM', '学科专家型名师'],
            ['DEVELOPS', 'SECTION', '名师工作室', 'PLATFORM', '教师'],
            ['DEVELOPS', 'HEADING', '校长高端培训', 'PROGRAM', '社会事业人才'],
            ['DEVELOPS', 'SAME_SENTENCE', '校长高端培训', 'PROGRAM', '专业化校长'],
            ['DEVELOPS', 'SECTION', '校长高端培训', 'PROGRAM', '教师'],
            ['DEVELOPS', 'SAME_SENTENCE', '紧缺专业人才柔性引进机制', 'PROGRAM', '紧缺专业人才'],
            ['SERVES', 'HEADING', '诸暨名医', 'PROGRAM', '社会事业人才'],
            ['DEVELOPS', 'SECTION', '诸暨名医', 'PROGRAM', '医疗卫生人才'],
          ] as const
        ).map(([type, basis, from, kind, to]) => ({
          type,
          basis,
          from: { name: from, kind },
          to: { name: to },
          via: to === '社会事业人才' ? null : { name: to },
        })),
    },
  },
  IncrementGoals: {
    // Read by hand from 二(三): 引进培育…15个以上, …100名以上, 引进入选…50名以上, 新增就业大学生10万名; 引进共建…10家以上;
    // 新增国家级企业技术中心1家,省级企业技术中心6-8家,省级以上企业研发机构30家以上; 培育…3家; 新增…5家以上, …10家以上.
    // The 2020 figures: 4 teams and 147 leading talents (the table), 4 national and 25 provincial centres (一(一)3).
    indicators: (
      [
        [
          '引进培育领军型创新创业团队',
          '个',
          4,
          15,
          null,
          19,
          '4 (2020) to 19',
          ['引进领军型创新创业团队', 4, 19],
        ],
        [
          '引进培育高层次人才',
          '名',
          147,
          100,
          null,
          247,
          '147 (2020) to 247',
          ['引进培育国家和省级领军人才', 147, 247],
        ],
        ['引进入选绍兴市级以上优秀青年科技人才', '名', null, 50, null, null, 'no 2020 figure', null],
        ['新增就业大学生', '万名', null, 10, null, null, '2 万人 a year', null],
        ['引进共建高校研究院或产业创新中心', '家', null, 10, null, null, 'no 2020 figure', null],
        ['新增国家级企业技术中心', '家', 4, 1, null, 5, null, null],
        ['新增省级企业技术中心', '家', 25, 6, 8, 31, 'a fall from the 25', null],
        ['新增省级以上企业研发机构', '家', null, 30, null, null, 'far more than 30', null],
        ['培育市级以上重点实验室', '家', null, 3, null, null, 'only provincial', null],
        ['新增国家级、省级博士后工作站', '家', null, 5, null, null, 'national or provincial', null],
        ['国家级、省级学会服务站', '家', null, 10, null, null, 'a level of 10', null],
      ] as const
    ).map(([name, unit, baseline, target, targetMax, targetLevel, note, restates]) => ({
      name,
      unit,
      baseline,
      target,
      targetMax,
      change: target,
      targetLevel,
      note: note === null ? null : (expect.stringContaining(note) as unknown),
      restates: restates === null ? null : { name: restates[0], baseline: restates[1], target: restates[2] },
    })),
  },
};

describe('the questions of docs/questions.md and the README', () => {
  const api = useApi();

  it('has at least ten, each one of the Sandbox operations', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    for (const block of blocks) expect(operations).toContain(block);
    const named = blocks.map((block) => /query (\w+)/.exec(block)?.[1]);
    expect(named).toEqual(Object.keys(ANSWERS));
  });

  it('shows in the README only questions of docs/questions.md, so the README’s answers are tested ones', () => {
    expect(readmeBlocks.length).toBeGreaterThan(0);
    for (const block of readmeBlocks) expect(blocks).toContain(block);
  });

  for (const block of blocks) {
    const name = /query (\w+)/.exec(block)?.[1] ?? '?';
    it(`answers ${name} as the plan says`, async () => {
      expect(await api.execute(block)).toEqual({ data: ANSWERS[name] });
    });
  }
});
