import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityKind, Intent } from '../../src/__generated__/schema-types.js';
import { interpretOperation } from '../../src/read/interpret/operations.js';
import { useApi } from '../helpers/api.js';

type Named = { id: string; name: string; kind: EntityKind };
type Row = { from: Named; to: Named };

interface Interpretation {
  intent: Intent | null;
  refused: boolean;
  operationName: string | null;
  operation: string | null;
  variables: Record<string, unknown> | null;
  negations: string[];
  explanation: string;
  entities: { entity: { name: string }; text: string; start: number; end: number }[];
  suggestions: string[];
}

/** The answer expected: the exact set of entities (or figures), or for a negation every entity of the kind but these. */
type Expected = readonly string[] | { readonly allBut: readonly string[] };

/**
 * Each phrasing, how it must be read, and the exact answer its operation must give: the entities at the other
 * end of the relations (RELATED, PARTS, PART_OF, SAYS), the chain's nodes (PATH), the indicators and figures
 * (TARGETS, BASELINE, GROWTH), the count then the entities (COUNT), the totals (KIND_COUNT). A NOT_RELATED answer is
 * every entity of the kinds asked but those the plan links (`allBut`, itself checked against the RELATED answer).
 * REFUSED: read, but not answerable as asked; UNREAD: not read.
 */
const CASES: readonly (readonly [string, Intent | 'REFUSED' | 'UNREAD', Expected])[] = [
  // Which X support / develop / serve Y, what Y belongs to and holds, paths, quotes, targets (the first 72).
  ['哪些平台支撑数智安防？', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  ['数智安防有哪些支撑平台', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  ['支持数智安防的平台有哪些呢', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  ['哪些平台支撐數智安防', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  ['數智安防有哪些平台？', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  [
    'Which platforms support Digital-Intelligent Security?',
    'RELATED',
    ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区'],
  ],
  [
    '哪些平台支撑新材料',
    'RELATED',
    ['G60诸暨创新港', '一体化科技服务平台', '人才一体化发展平台', '欧美同学会海归小镇'],
  ],
  ['G60创新港支撑哪些产业', 'RELATED', ['新一代信息产业', '新材料', '汽车装备', '航空航天', '节能环保']],
  ['家燕回巢计划培养哪些人才？', 'RELATED', ['大学生', '青年人才']],
  [
    '哪些机构参与了规划',
    'RELATED',
    [
      '上海交大',
      '人才工作领导小组',
      '市委',
      '市委人才办',
      '浙江农林大学暨阳学院',
      '浙江大学',
      '清华大学',
      '组织部门',
    ],
  ],
  [
    '新材料靠哪些平台支撑？',
    'RELATED',
    ['G60诸暨创新港', '一体化科技服务平台', '人才一体化发展平台', '欧美同学会海归小镇'],
  ],
  [
    '哪些平台支撑精密制造？',
    'RELATED',
    ['产业人才集聚平台', '产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心'],
  ],
  [
    '精密制造有哪些平台吗',
    'RELATED',
    ['产业人才集聚平台', '产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心'],
  ],
  [
    'which platforms support precision manufacturing',
    'RELATED',
    ['产业人才集聚平台', '产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心'],
  ],
  [
    '哪些计划培养高技能人才？',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  [
    '高技能人才由哪些项目培育',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  [
    '培养高技能人才的措施有哪些？',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  [
    '高技能人才有哪些计划呢？',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  [
    '哪些計劃培養高技能人才',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  [
    'Which programs develop high-skilled talent?',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  ['哪些平台培养高技能人才', 'RELATED', ['公共实训平台', '技能大师工作室', '长三角区域示范性职业教育集团']],
  [
    '哪些计划服务社会事业人才？',
    'RELATED',
    ['名师名校长培养计划', '校长高端培训', '紧缺专业人才柔性引进机制', '诸暨名医'],
  ],
  [
    '社会事业人才有哪些政策',
    'RELATED',
    ['名师名校长培养计划', '校长高端培训', '紧缺专业人才柔性引进机制', '诸暨名医'],
  ],
  ['诸暨英才计划培养哪些人才？', 'RELATED', ['科技创业人才', '科技创新人才', '院士', '高层次人才']],
  ['诸暨英才计划面向哪些人才队伍', 'RELATED', ['科技创业人才', '科技创新人才', '院士', '高层次人才']],
  ['家燕归巢计划针对哪些人才？', 'RELATED', ['大学生', '青年人才']],
  ['What talent does the Homecoming Swallows Program develop?', 'RELATED', ['大学生', '青年人才']],
  [
    'G60诸暨创新港支撑哪些产业？',
    'RELATED',
    ['新一代信息产业', '新材料', '汽车装备', '航空航天', '节能环保'],
  ],
  [
    'G60诸暨创新港服务哪些产业呢',
    'RELATED',
    ['新一代信息产业', '新材料', '汽车装备', '航空航天', '节能环保'],
  ],
  [
    '诸暨经济开发区支撑哪些产业',
    'RELATED',
    ['数智安防', '新汽车', '智能制造', '现代环保', '生命健康', '航空航天'],
  ],
  [
    '诸暨经济开发区有哪些产业吗？',
    'RELATED',
    ['数智安防', '新汽车', '智能制造', '现代环保', '生命健康', '航空航天'],
  ],
  ['清华大学和哪些平台合作？', 'RELATED', ['人才培养基地', '应用科研人才集聚平台', '校地合作平台']],
  [
    '哪些高校与应用科研人才集聚平台合作',
    'RELATED',
    ['上海交大', '浙江农林大学暨阳学院', '浙江大学', '清华大学'],
  ],
  ['战略性新兴产业包括哪些产业？', 'RELATED', ['数智安防', '新材料', '生命健康']],
  ['哪些产业属于战略性新兴产业', 'PARTS', ['数智安防', '新材料', '生命健康']],
  ['数智安防属于哪个类别？', 'PART_OF', ['战略性新兴产业', '重量级未来产业']],
  ['数智安防属于哪一类产业', 'PART_OF', ['战略性新兴产业', '重量级未来产业']],
  ['數智安防屬於哪個類別', 'PART_OF', ['战略性新兴产业', '重量级未来产业']],
  [
    'What category does Digital-Intelligent Security belong to?',
    'PART_OF',
    ['战略性新兴产业', '重量级未来产业'],
  ],
  ['G60诸暨创新港属于什么平台？', 'PART_OF', ['人才一体化发展平台']],
  ['教师属于哪个人才队伍', 'PART_OF', ['社会事业人才']],
  [
    '现代产业体系包括哪些？',
    'PARTS',
    [
      '优势制造业',
      '培训会展',
      '战略性新兴产业',
      '数智安防',
      '文化旅游',
      '新材料',
      '时尚袜艺',
      '现代商贸',
      '现代服务业',
      '生命健康',
      '精密制造',
      '美丽珍珠',
      '铜材精密加工',
    ],
  ],
  [
    '现代产业体系由什么组成',
    'PARTS',
    [
      '优势制造业',
      '培训会展',
      '战略性新兴产业',
      '数智安防',
      '文化旅游',
      '新材料',
      '时尚袜艺',
      '现代商贸',
      '现代服务业',
      '生命健康',
      '精密制造',
      '美丽珍珠',
      '铜材精密加工',
    ],
  ],
  [
    '“三区一杆一高地”包括什么',
    'PARTS',
    [
      '全国人城产全面融合标杆城市',
      '数字化人才服务示范区',
      '杭绍甬智能制造人才高地',
      '浙江制造业人才综合改革试验区',
      '长三角区域人才一体化样板区',
    ],
  ],
  [
    '社会事业人才包括哪些人才？',
    'PARTS',
    [
      '专业化校长',
      '临床型人才',
      '医疗卫生人才',
      '学科专家型名师',
      '学科带头人',
      '学科骨干',
      '教师',
      '紧缺专业人才',
      '高层次医学专家',
    ],
  ],
  [
    '产业人才集聚平台包含哪些平台',
    'PARTS',
    [
      '产业创新服务综合体',
      '企业技术中心',
      '企业研究院',
      '博士后工作站',
      '学会服务站',
      '特色产业工程师协同创新中心',
      '科技创新综合平台',
      '诸暨经济开发区',
      '院士(专家)工作站',
    ],
  ],
  [
    'What does the Modern Industrial System include?',
    'PARTS',
    [
      '优势制造业',
      '培训会展',
      '战略性新兴产业',
      '数智安防',
      '文化旅游',
      '新材料',
      '时尚袜艺',
      '现代商贸',
      '现代服务业',
      '生命健康',
      '精密制造',
      '美丽珍珠',
      '铜材精密加工',
    ],
  ],
  ['家燕归巢计划和青年人才有什么关系？', 'PATH', ['家燕归巢计划', '青年人才']],
  ['家燕归巢计划与青年人才如何关联', 'PATH', ['家燕归巢计划', '青年人才']],
  ['数字经济一号工程怎么连接到生命健康？', 'PATH', ['数字经济', '数字经济一号工程', '新兴业态', '生命健康']],
  ['G60诸暨创新港支撑新材料吗？', 'PATH', ['G60诸暨创新港', '新材料']],
  ['家燕歸巢計劃和青年人才有關係嗎', 'PATH', ['家燕归巢计划', '青年人才']],
  [
    'How is the Zhuji Talent Program related to high-skilled talent?',
    'PATH',
    ['新兴产业', '科技创新人才', '诸暨英才计划', '高技能人才'],
  ],
  ['诸暨经济开发区和数智安防之间是什么关系', 'PATH', ['数智安防', '诸暨经济开发区']],
  [
    '规划关于G60诸暨创新港说了什么？',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  [
    '规划中怎么说G60诸暨创新港',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  [
    '规划提到了哪些关于美丽珍珠的内容',
    'SAYS',
    [
      '产业人才集聚平台',
      '产业创新服务综合体',
      '产业平台',
      '优势制造业',
      '区域主导产业',
      '特色产业工程师协同创新中心',
      '珍珠和袜艺时尚设计人才',
    ],
  ],
  ['原文对家燕归巢计划的表述是什么？', 'SAYS', ['大学生', '本土大学生人才库', '青年人才']],
  [
    'What does the plan say about G60 Zhuji Innovation Port?',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  [
    '規劃關於時尚襪藝說了什麼',
    'SAYS',
    [
      '产业人才集聚平台',
      '产业创新服务综合体',
      '产业平台',
      '优势制造业',
      '区域主导产业',
      '特色产业工程师协同创新中心',
      '珍珠和袜艺时尚设计人才',
    ],
  ],
  ['诸暨英才计划是什么？', 'SAYS', ['科技创业人才', '科技创新人才', '院士', '高层次人才']],
  [
    '介绍一下G60诸暨创新港',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  ['高技能人才的目标是多少？', 'TARGETS', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才到2025年要达到多少', 'TARGETS', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['众创空间的指标是什么', 'TARGETS', ['创建省级众创空间']],
  ['博士后有什么目标？', 'TARGETS', ['新引进博士后']],
  ['What is the target for high-skilled talent?', 'TARGETS', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才的目標是多少', 'TARGETS', ['高技能人才', '高技能人才占技能劳动者比例']],
  [
    '哪些产业没有平台支撑？',
    'UNSUPPORTED',
    ['传统制造业', '培训会展', '文化旅游', '现代农业', '现代商贸', '集成电路'],
  ],
  [
    '没有平台支撑的产业有哪些',
    'UNSUPPORTED',
    ['传统制造业', '培训会展', '文化旅游', '现代农业', '现代商贸', '集成电路'],
  ],
  [
    '哪些產業沒有平台支撐',
    'UNSUPPORTED',
    ['传统制造业', '培训会展', '文化旅游', '现代农业', '现代商贸', '集成电路'],
  ],
  [
    'Which industries have no platform?',
    'UNSUPPORTED',
    ['传统制造业', '培训会展', '文化旅游', '现代农业', '现代商贸', '集成电路'],
  ],
  // Negation and scope: answered as negated (the complement, labelled) or refused; never with the opposite.
  [
    '哪些平台没有支撑数智安防？',
    'NOT_RELATED',
    { allBut: ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区'] },
  ],
  [
    '哪些平台不支撑数智安防',
    'NOT_RELATED',
    { allBut: ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区'] },
  ],
  [
    'Which platforms do not support Digital-Intelligent Security?',
    'NOT_RELATED',
    { allBut: ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区'] },
  ],
  [
    '哪些計劃不培養高技能人才',
    'NOT_RELATED',
    {
      allBut: [
        '新型学徒培养机制',
        '职业技能提升行动',
        '职业技能竞赛',
        '职业技能终身培训体系',
        '高技能人才培育计划',
      ],
    },
  ],
  [
    '哪些计划没有培养高技能人才？',
    'NOT_RELATED',
    {
      allBut: [
        '新型学徒培养机制',
        '职业技能提升行动',
        '职业技能竞赛',
        '职业技能终身培训体系',
        '高技能人才培育计划',
      ],
    },
  ],
  ['哪些产业不属于战略性新兴产业？', 'NOT_RELATED', { allBut: ['数智安防', '新材料', '生命健康'] }],
  [
    'Which industries are not part of the strategic emerging industries?',
    'NOT_RELATED',
    { allBut: ['数智安防', '新材料', '生命健康'] },
  ],
  ['战略性新兴产业以外的产业有哪些？', 'NOT_RELATED', { allBut: ['数智安防', '新材料', '生命健康'] }],
  ['除了诸暨经济开发区，还有哪些平台支撑数智安防？', 'RELATED', ['产业人才集聚平台', '科技创新综合平台']],
  [
    '除了G60诸暨创新港以外，哪些平台支撑新材料',
    'RELATED',
    ['一体化科技服务平台', '人才一体化发展平台', '欧美同学会海归小镇'],
  ],
  [
    'Besides the Zhuji Economic Development Zone, which platforms support Digital-Intelligent Security?',
    'RELATED',
    ['产业人才集聚平台', '科技创新综合平台'],
  ],
  ['除了数智安防还有什么', 'REFUSED', []],
  ['哪些平台没有培养人才', 'REFUSED', []],
  ['数智安防不属于哪个类别', 'REFUSED', []],
  // A ranking, in its order: most first, ties by name.
  [
    '哪个平台支撑的产业最多？',
    'RANKING',
    [
      '人才一体化发展平台:14',
      '产业平台:10',
      '产业人才集聚平台:9',
      '欧美同学会海归小镇:7',
      '科技创新综合平台:6',
      '诸暨经济开发区:6',
      'G60诸暨创新港:5',
      '一体化科技服务平台:5',
      '产业创新服务综合体:3',
      '特色产业工程师协同创新中心:3',
    ],
  ],
  [
    '支撑产业最多的前三个平台是哪些',
    'RANKING',
    ['人才一体化发展平台:14', '产业平台:10', '产业人才集聚平台:9'],
  ],
  [
    '哪个产业的平台最多',
    'RANKING',
    [
      '航空航天:7',
      '生命健康:5',
      '传统产业:4',
      '新一代信息产业:4',
      '新材料:4',
      '时尚袜艺:4',
      '智能制造:4',
      '汽车装备:4',
      '精密制造:4',
      '美丽珍珠:4',
    ],
  ],
  [
    '哪个计划培养的人才最多？',
    'RANKING',
    [
      '新生代企业家培养和职业经理人引育行动:7',
      '常青藤培育计划:5',
      '名师名校长培养计划:4',
      '职业技能终身培训体系:4',
      '诸暨英才计划:4',
      '人才强市:3',
      '创新强市:3',
      '校长高端培训:3',
      '青年人才普惠性支持:3',
      '顶尖人才顶级支持计划:3',
    ],
  ],
  [
    'Which platform supports the most industries?',
    'RANKING',
    [
      '人才一体化发展平台:14',
      '产业平台:10',
      '产业人才集聚平台:9',
      '欧美同学会海归小镇:7',
      '科技创新综合平台:6',
      '诸暨经济开发区:6',
      'G60诸暨创新港:5',
      '一体化科技服务平台:5',
      '产业创新服务综合体:3',
      '特色产业工程师协同创新中心:3',
    ],
  ],
  ['哪个平台支撑的产业最少', 'REFUSED', []],
  ['诸暨英才计划的目标是多少？', 'REFUSED', []],
  ['哪些產業不屬於戰略性新興產業', 'NOT_RELATED', { allBut: ['数智安防', '新材料', '生命健康'] }],
  ['除开诸暨经济开发区，还有啥平台支撑数智安防', 'RELATED', ['产业人才集聚平台', '科技创新综合平台']],
  ['不属于战略性新兴产业的产业都有啥', 'NOT_RELATED', { allBut: ['数智安防', '新材料', '生命健康'] }],
  [
    '哪些平台跟数智安防没关系',
    'NOT_RELATED',
    { allBut: ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区'] },
  ],
  // Counting, figures (基期, 目标, 增长, 差距), whom a program is for, how a team is grown, what a platform is to
  // become, partners; spoken phrasings (口语), typos, Traditional script and English.
  ['多少个平台支撑数智安防？', 'COUNT', ['3', '产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  ['数智安防有几个平台支撑', 'COUNT', ['3', '产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  [
    'How many platforms support Digital-Intelligent Security?',
    'COUNT',
    ['3', '产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区'],
  ],
  [
    '高技能人才有几个计划培养',
    'COUNT',
    [
      '5',
      '新型学徒培养机制',
      '职业技能提升行动',
      '职业技能竞赛',
      '职业技能终身培训体系',
      '高技能人才培育计划',
    ],
  ],
  ['规划中有多少个平台？', 'KIND_COUNT', ['77']],
  ['规划里一共有几个产业', 'KIND_COUNT', ['26']],
  ['How many programs are there?', 'KIND_COUNT', ['59']],
  ['高技能人才2020年有多少？', 'BASELINE', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才现在有多少', 'BASELINE', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才的基期和目标是多少', 'TARGETS', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才要增长多少？', 'GROWTH', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才的差距有多大', 'GROWTH', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['What is the baseline for high-skilled talent?', 'BASELINE', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['博士后的目标是多少', 'TARGETS', ['新引进博士后']],
  ['家燕归巢计划针对谁？', 'RELATED', ['大学生', '青年人才']],
  ['诸暨英才计划吸引什么人', 'RELATED', ['科技创业人才', '科技创新人才', '院士', '高层次人才']],
  ['诸暨英才计划面向谁', 'RELATED', ['科技创业人才', '科技创新人才', '院士', '高层次人才']],
  [
    '高技能人才怎么培养？',
    'RELATED',
    [
      '公共实训平台',
      '技能大师工作室',
      '新型学徒培养机制',
      '职业技能提升行动',
      '职业技能竞赛',
      '职业技能终身培训体系',
      '长三角区域示范性职业教育集团',
      '高技能人才培育计划',
    ],
  ],
  [
    '高技能人才通过哪些途径培养',
    'RELATED',
    [
      '公共实训平台',
      '技能大师工作室',
      '新型学徒培养机制',
      '职业技能提升行动',
      '职业技能竞赛',
      '职业技能终身培训体系',
      '长三角区域示范性职业教育集团',
      '高技能人才培育计划',
    ],
  ],
  [
    '青年人才如何引进',
    'RELATED',
    [
      '人才强市',
      '创新强市',
      '家燕归巢计划',
      '引才大使',
      '春秋专列',
      '本土大学生人才库',
      '硕博倍增计划',
      '诸暨人才驿站',
      '青年人才普惠性支持',
      '青年英才集聚行动',
    ],
  ],
  [
    'G60诸暨创新港要打造成什么？',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  [
    '诸暨经济开发区的定位是什么',
    'SAYS',
    [
      '产业人才集聚平台',
      '人才一体化发展平台',
      '数智安防',
      '新汽车',
      '智能制造',
      '沪杭研发—诸暨中试产业化新模式',
      '现代环保',
      '生命健康',
      '航空航天',
    ],
  ],
  [
    '应用科研人才集聚平台和哪些高校合作？',
    'RELATED',
    ['上海交大', '浙江农林大学暨阳学院', '浙江大学', '清华大学'],
  ],
  ['校地合作平台与哪些大学合作', 'RELATED', ['上海交大', '浙江农林大学暨阳学院', '浙江大学', '清华大学']],
  ['数智安防是哪些平台在撑着呀', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  [
    '有啥计划是培养高技能人才的',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  ['G60创新港管哪些产业啊', 'RELATED', ['新一代信息产业', '新材料', '汽车装备', '航空航天', '节能环保']],
  [
    '新材料靠谁支撑呢',
    'RELATED',
    ['G60诸暨创新港', '一体化科技服务平台', '人才一体化发展平台', '欧美同学会海归小镇'],
  ],
  ['家燕归巢计划是干嘛的', 'SAYS', ['大学生', '本土大学生人才库', '青年人才']],
  [
    '跟青年人才有关的计划有哪些',
    'RELATED',
    [
      '人才强市',
      '创新强市',
      '家燕归巢计划',
      '引才大使',
      '春秋专列',
      '硕博倍增计划',
      '青年人才普惠性支持',
      '青年英才集聚行动',
    ],
  ],
  [
    '精密制造有啥平台',
    'RELATED',
    ['产业人才集聚平台', '产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心'],
  ],
  [
    '高技能人才这块规划咋说的',
    'SAYS',
    [
      '人才资源',
      '传统制造业',
      '公共实训平台',
      '技能大师工作室',
      '数字智能应用人才',
      '新兴产业',
      '新型学徒培养机制',
      '珍珠和袜艺时尚设计人才',
      '网络营销运营人才',
      '职业技能提升行动',
      '职业技能竞赛',
      '职业技能终身培训体系',
      '诸暨工匠',
      '长三角区域示范性职业教育集团',
      '高技能人才培育计划',
    ],
  ],
  ['诸暨英才计划跟高层次人才啥关系', 'PATH', ['诸暨英才计划', '高层次人才']],
  ['数智安防归哪一类', 'PART_OF', ['战略性新兴产业', '重量级未来产业']],
  ['家燕回巢计划培养哪些人才', 'RELATED', ['大学生', '青年人才']],
  ['G60诸暨创兴港支撑哪些产业', 'RELATED', ['新一代信息产业', '新材料', '汽车装备', '航空航天', '节能环保']],
  ['數智安防有幾個平台支撐', 'COUNT', ['3', '产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  [
    '有没有平台支撑精密制造',
    'RELATED',
    ['产业人才集聚平台', '产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心'],
  ],
  ['G60诸暨创新港有没有支撑新材料', 'PATH', ['G60诸暨创新港', '新材料']],
  [
    '重量级未来产业包括哪些产业',
    'RELATED',
    ['数智安防', '新汽车', '智能制造', '现代环保', '生命健康', '航空航天'],
  ],
  [
    'Which programs develop young talent?',
    'RELATED',
    [
      '人才强市',
      '创新强市',
      '家燕归巢计划',
      '引才大使',
      '春秋专列',
      '硕博倍增计划',
      '青年人才普惠性支持',
      '青年英才集聚行动',
    ],
  ],
  [
    'What does the plan say about the Zhuji Talent Program?',
    'SAYS',
    ['科技创业人才', '科技创新人才', '院士', '高层次人才'],
  ],
  [
    '咱们诸暨的数智安防都有哪些平台撑腰？',
    'RELATED',
    ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区'],
  ],
  [
    '新材料这个产业谁在支持啊',
    'RELATED',
    ['G60诸暨创新港', '一体化科技服务平台', '人才一体化发展平台', '欧美同学会海归小镇'],
  ],
  [
    '培养高技能人才都靠哪些计划呀',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  [
    '青年人才这块有啥政策',
    'RELATED',
    [
      '人才强市',
      '创新强市',
      '家燕归巢计划',
      '引才大使',
      '春秋专列',
      '硕博倍增计划',
      '青年人才普惠性支持',
      '青年英才集聚行动',
    ],
  ],
  [
    'G60诸暨创新港主要干啥的',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  ['家燕归巢计划主要是给谁的', 'RELATED', ['大学生', '青年人才']],
  ['诸暨英才计划到底针对哪些人', 'RELATED', ['科技创业人才', '科技创新人才', '院士', '高层次人才']],
  [
    '高技能人才一共有几个计划在培养',
    'COUNT',
    [
      '5',
      '新型学徒培养机制',
      '职业技能提升行动',
      '职业技能竞赛',
      '职业技能终身培训体系',
      '高技能人才培育计划',
    ],
  ],
  ['数智安防到底有几个平台', 'COUNT', ['3', '产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  ['规划里平台总共多少个', 'KIND_COUNT', ['77']],
  [
    '诸暨经济开发区都撑哪些产业',
    'RELATED',
    ['数智安防', '新汽车', '智能制造', '现代环保', '生命健康', '航空航天'],
  ],
  ['哪些平台是帮数智安防的', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  ['高技能人才现在大概多少人', 'BASELINE', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才到2025年能有多少', 'TARGETS', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才还差多少', 'GROWTH', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['数智安防跟诸暨经济开发区啥关系', 'PATH', ['数智安防', '诸暨经济开发区']],
  ['家燕归巢计划和大学生有啥联系', 'PATH', ['大学生', '家燕归巢计划']],
  [
    'G60创新港说了些啥',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  ['规划里咋讲的诸暨英才计划', 'SAYS', ['科技创业人才', '科技创新人才', '院士', '高层次人才']],
  [
    '说说G60诸暨创新港',
    'SAYS',
    [
      '人才一体化发展平台',
      '加速器',
      '新一代信息产业',
      '新材料',
      '汽车装备',
      '沪杭研发—诸暨中试产业化新模式',
      '航空航天',
      '节能环保',
      '融杭接沪发展战略',
      '长三角中试基地',
    ],
  ],
  ['战略性新兴产业都包括啥', 'PARTS', ['数智安防', '新材料', '生命健康']],
  ['数智安防算哪类产业', 'PART_OF', ['战略性新兴产业', '重量级未来产业']],
  [
    '有哪些人才计划是针对青年人才的',
    'RELATED',
    [
      '人才强市',
      '创新强市',
      '家燕归巢计划',
      '引才大使',
      '春秋专列',
      '硕博倍增计划',
      '青年人才普惠性支持',
      '青年英才集聚行动',
    ],
  ],
  [
    '应用科研人才集聚平台跟哪些学校合作',
    'RELATED',
    ['上海交大', '浙江农林大学暨阳学院', '浙江大学', '清华大学'],
  ],
  [
    '现代产业体系里头有啥',
    'PARTS',
    [
      '优势制造业',
      '培训会展',
      '战略性新兴产业',
      '数智安防',
      '文化旅游',
      '新材料',
      '时尚袜艺',
      '现代商贸',
      '现代服务业',
      '生命健康',
      '精密制造',
      '美丽珍珠',
      '铜材精密加工',
    ],
  ],
  ['博士后那块目标是多少', 'TARGETS', ['新引进博士后']],
  ['众创空间要搞多少个', 'TARGETS', ['创建省级众创空间']],
  [
    '青年人才咋引进',
    'RELATED',
    [
      '人才强市',
      '创新强市',
      '家燕归巢计划',
      '引才大使',
      '春秋专列',
      '本土大学生人才库',
      '硕博倍增计划',
      '诸暨人才驿站',
      '青年人才普惠性支持',
      '青年英才集聚行动',
    ],
  ],
  [
    '高技能人才咋培养呀',
    'RELATED',
    [
      '公共实训平台',
      '技能大师工作室',
      '新型学徒培养机制',
      '职业技能提升行动',
      '职业技能竞赛',
      '职业技能终身培训体系',
      '长三角区域示范性职业教育集团',
      '高技能人才培育计划',
    ],
  ],
  [
    '高技能人材有哪些计划',
    'RELATED',
    ['新型学徒培养机制', '职业技能提升行动', '职业技能竞赛', '职业技能终身培训体系', '高技能人才培育计划'],
  ],
  ['数智按防有哪些平台', 'RELATED', ['产业人才集聚平台', '科技创新综合平台', '诸暨经济开发区']],
  // Several entities with a kind asked, three entities, a part of a whole, figures named by their indicator.
  ['哪些平台支撑数智安防和新材料？', 'REFUSED', []],
  ['诸暨英才计划、家燕归巢计划和青年人才有什么关系', 'REFUSED', []],
  [
    '哪些平台是产业人才集聚平台的一部分',
    'PARTS',
    [
      '产业创新服务综合体',
      '企业技术中心',
      '企业研究院',
      '博士后工作站',
      '学会服务站',
      '特色产业工程师协同创新中心',
      '科技创新综合平台',
      '诸暨经济开发区',
      '院士(专家)工作站',
    ],
  ],
  [
    '哪些平台不是产业人才集聚平台的一部分',
    'NOT_RELATED',
    {
      allBut: [
        '产业创新服务综合体',
        '企业技术中心',
        '企业研究院',
        '博士后工作站',
        '学会服务站',
        '特色产业工程师协同创新中心',
        '科技创新综合平台',
        '诸暨经济开发区',
        '院士(专家)工作站',
      ],
    },
  ],
  ['全市人才资源总量2025年目标是多少', 'TARGETS', ['人才资源总量', '全市人才资源总量']],
  ['省级众创空间2020年有几家', 'BASELINE', ['创建省级众创空间', '省级众创空间']],
  ['新增就业大学生的目标', 'TARGETS', ['年均新增就业大学生', '新增就业大学生']],
  [
    '哪些高校参与了规划',
    'RELATED',
    [
      '上海交大',
      '人才工作领导小组',
      '市委',
      '市委人才办',
      '浙江农林大学暨阳学院',
      '浙江大学',
      '清华大学',
      '组织部门',
    ],
  ],
];

const OTHER_END: Record<string, 'IN' | 'OUT' | 'BOTH'> = { PARTS: 'IN', PART_OF: 'OUT', SAYS: 'BOTH' };

/** The entities at the other end of an entity's relations: `from` for incoming, `to` for outgoing. */
function otherEnds(subject: string, rows: readonly Row[], direction: unknown): string[] {
  return rows.map((r) =>
    direction === 'IN'
      ? r.from.name
      : direction === 'OUT'
        ? r.to.name
        : r.from.id === subject
          ? r.to.name
          : r.from.name,
  );
}

function answerOf(
  intent: Intent,
  variables: Record<string, unknown>,
  data: Record<string, unknown>,
): string[] {
  const entity = data['entity'] as Record<string, unknown> & { id: string };
  const indicators = () => ((entity['indicators'] ?? []) as { name: string }[]).map((i) => i.name);
  switch (intent) {
    case 'RELATED':
      return otherEnds(entity.id, entity['relations'] as Row[], variables['direction']);
    case 'COUNT':
      return [
        String(entity['relationCount']),
        ...otherEnds(entity.id, entity['relations'] as Row[], variables['direction']),
      ];
    case 'PARTS':
    case 'PART_OF':
    case 'SAYS':
      return otherEnds(entity.id, entity['relations'] as Row[], OTHER_END[intent]);
    case 'NOT_RELATED':
      return (entity['unlinked'] as { entity: Named }[]).map((u) => u.entity.name);
    case 'PATH':
      return (data['path'] as { nodes: Named[] }).nodes.map((n) => n.name);
    case 'TARGETS':
    case 'GROWTH':
      return indicators();
    case 'BASELINE':
      return [...indicators(), ...((entity['observations'] ?? []) as { name: string }[]).map((o) => o.name)];
    case 'KIND_COUNT':
      return Object.values(data).map((c) => String((c as { totalCount: number }).totalCount));
    case 'RANKING':
      return (data['ranking'] as { entity: Named; count: number }[]).map(
        (r) => `${r.entity.name}:${r.count}`,
      );
    case 'UNSUPPORTED':
      return (data['industries'] as { edges: { node: Named }[] }).edges.map((e) => e.node.name);
  }
}

const sorted = (names: readonly string[]) => [...new Set(names)].sort();

describe('interpret', () => {
  const api = useApi();
  const interpret = async (question: string, plan?: string) => {
    const result = await api.execute(
      `query ($q: String!, $plan: ID) {
        interpret(question: $q, plan: $plan) {
          intent refused operationName operation variables negations explanation suggestions
          entities { entity { name } text start end }
        }
      }`,
      { q: question, plan },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.['interpret'] as Interpretation;
  };
  const run = async (operation: string, variables: Record<string, unknown>) => {
    const result = await api.execute(operation, variables);
    expect(result.errors).toBeUndefined();
    return result.data ?? {};
  };
  /** Every entity of these kinds, by name, through the root lists. */
  const allOf = async (kinds: readonly EntityKind[]) => {
    const lists: Record<string, string> = {
      INDUSTRY: 'industries',
      PLATFORM: 'platforms',
      PROGRAM: 'programs',
      TALENT_TEAM: 'talentTeams',
    };
    const names: string[] = [];
    for (const kind of kinds) {
      const field = lists[kind];
      expect(field).toBeDefined();
      const data = await run(`{ list: ${field}(first: 100) { totalCount edges { node { name } } } }`, {});
      const list = data['list'] as { totalCount: number; edges: { node: { name: string } }[] };
      expect(list.edges).toHaveLength(list.totalCount);
      names.push(...list.edges.map((e) => e.node.name));
    }
    return names;
  };

  it('reads over 120 phrasings as asked, each operation giving exactly the answer expected', async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(120);
    const operations = readFileSync(
      new URL('../../schema/operations/interpret.graphql', import.meta.url),
      'utf8',
    );
    const wrong: unknown[] = [];
    for (const [question, intent, expected] of CASES) {
      const reading = await interpret(question);
      if (intent === 'REFUSED' || intent === 'UNREAD') {
        const ok =
          reading.intent === null &&
          reading.operation === null &&
          reading.refused === (intent === 'REFUSED') &&
          reading.suggestions.length > 0 &&
          /^(未作答|未能读懂)/.test(reading.explanation);
        if (!ok) wrong.push({ question, expected: intent, reading });
        continue;
      }
      if (reading.intent !== intent || reading.operation === null || reading.variables === null) {
        wrong.push({ question, intent: reading.intent, explanation: reading.explanation });
        continue;
      }
      // The operation is the static one for its intent, never text built for the question.
      expect(operations).toContain(`query ${reading.operationName ?? ''}(`);
      expect(reading.explanation).toMatch(/^读作.*Read as/);
      const data = await run(reading.operation, reading.variables);
      // A ranking's order is its answer; any other answer is a set.
      const ordered = answerOf(intent, reading.variables, data);
      const answer = intent === 'RANKING' ? ordered : sorted(ordered);
      let want: string[];
      if ('allBut' in expected) {
        // A negation: labelled, and exactly the complement of what the plan links.
        expect(reading.explanation).toMatch(/^读作否定/);
        expect(reading.negations.length).toBeGreaterThan(0);
        const related = await run(interpretOperation('RELATED').text, reading.variables);
        const relatedNames = sorted(
          answerOf('RELATED', reading.variables, related).filter(
            (n) => n !== (reading.variables?.['name'] as string),
          ),
        );
        if (JSON.stringify(relatedNames) !== JSON.stringify(sorted(expected.allBut)))
          wrong.push({ question, linked: relatedNames, expectedLinked: expected.allBut });
        const subject = reading.variables['name'] as string;
        want = sorted(
          (await allOf(reading.variables['kinds'] as EntityKind[])).filter(
            (n) => n !== subject && !expected.allBut.includes(n),
          ),
        );
      } else {
        want = intent === 'RANKING' ? [...expected] : sorted(expected);
      }
      expect(want.length).toBeGreaterThan(0);
      if (JSON.stringify(answer) !== JSON.stringify(want)) wrong.push({ question, answer, want });
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('reads within a plan when given one, and the operation asks within it too', async () => {
    const reading = await interpret('哪些平台支撑新材料', 'zhuji-2021');
    expect(reading.intent).toBe('RELATED');
    expect(reading.variables).toEqual({
      name: '新材料',
      direction: 'IN',
      types: ['SUPPORTS'],
      kinds: ['PLATFORM'],
      plan: 'zhuji-2021',
    });
    const data = await run(reading.operation ?? '', reading.variables ?? {});
    const entity = data['entity'] as { id: string; relations: Row[] };
    expect(sorted(otherEnds(entity.id, entity.relations, 'IN'))).toEqual(
      sorted(['G60诸暨创新港', '一体化科技服务平台', '人才一体化发展平台', '欧美同学会海归小镇']),
    );
  });

  it('says where each entity is named in the folded question', async () => {
    const reading = await interpret('家燕歸巢計劃和青年人才有關係嗎');
    expect(reading.entities).toEqual([
      { entity: { name: '家燕归巢计划' }, text: '家燕归巢计划', start: 0, end: 6 },
      { entity: { name: '青年人才' }, text: '青年人才', start: 7, end: 11 },
    ]);
  });

  it('says which words it read as a negation or a scope, and what it leaves out', async () => {
    const negated = await interpret('哪些平台没有支撑数智安防？');
    expect(negated).toMatchObject({ intent: 'NOT_RELATED', negations: ['没有'], refused: false });
    expect(negated.explanation).toMatch(/^读作否定（“没有”）/);
    const scoped = await interpret('除了诸暨经济开发区，还有哪些平台支撑数智安防？');
    expect(scoped).toMatchObject({ intent: 'RELATED', negations: ['除了'] });
    expect(scoped.variables?.['except']).toEqual(['诸暨经济开发区']);
    expect(scoped.explanation).toContain('除去“诸暨经济开发区”');
    // 有没有 asks yes or no, 未来 is the future: neither is a negation.
    expect((await interpret('有没有平台支撑精密制造')).negations).toEqual([]);
    expect((await interpret('重量级未来产业包括哪些产业')).negations).toEqual([]);
  });

  it('gives each NOT_RELATED row the dataset’s reason where the text names the two together', async () => {
    const reading = await interpret('哪些产业不属于战略性新兴产业？');
    const data = await run(
      `query ($name: String!) { entity(name: $name) { notLinked { entity { name kind } reason } } }`,
      { name: '战略性新兴产业' },
    );
    const recorded = (data['entity'] as { notLinked: { entity: Named; reason: string }[] }).notLinked.filter(
      (n) => n.entity.kind === 'INDUSTRY',
    );
    expect(recorded.map((n) => n.entity.name)).toEqual(
      expect.arrayContaining(['精密制造', '时尚袜艺', '美丽珍珠']),
    );
    const answer = await run(interpretOperation('NOT_RELATED').text, reading.variables ?? {});
    const rows = (answer['entity'] as { unlinked: { entity: Named; reason: string | null }[] }).unlinked;
    const reasons = new Map(rows.map((r) => [r.entity.name, r.reason]));
    for (const n of recorded) expect(reasons.get(n.entity.name)).toBe(n.reason);
    // Industries the text never names with it have no reason to give.
    expect(rows.filter((r) => r.reason === null).length).toBeGreaterThan(0);
  });

  it('reads names as people shorten them: an abbreviation, the tail of a long name', async () => {
    expect((await interpret('经开区支撑哪些产业')).entities).toEqual([
      { entity: { name: '诸暨经济开发区' }, text: '经开区', start: 0, end: 3 },
    ]);
    expect((await interpret('海归小镇和汽车装备有什么关系')).entities).toEqual([
      { entity: { name: '欧美同学会海归小镇' }, text: '海归小镇', start: 0, end: 4 },
      { entity: { name: '汽车装备' }, text: '汽车装备', start: 5, end: 9 },
    ]);
    const reading = await interpret('哪些平台培养科创人才');
    expect(reading.entities).toEqual([
      { entity: { name: '科技创新人才' }, text: '科创人才', start: 6, end: 10 },
    ]);
    expect(reading).toMatchObject({
      intent: 'RELATED',
      variables: { name: '科技创新人才', kinds: ['PLATFORM'] },
    });
  });

  it('answers null with suggestions when it cannot read a question, never a guess', async () => {
    for (const question of ['今天天气怎么样？', 'hello', '数智安防']) {
      const reading = await interpret(question);
      expect(reading).toMatchObject({ intent: null, operation: null, variables: null, refused: false });
      expect(reading.explanation).toMatch(/^未能读懂/);
      expect(reading.suggestions.length).toBeGreaterThan(3);
    }
    expect((await interpret('数智安防')).suggestions[0]).toContain('数智安防');
    expect(await api.execute('{ interpret(question: "  ") { intent } }')).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argumentName: 'question' } }],
    });
  });

  it('lists its rules in precedence order, and every rule’s example reads as that rule’s intent, as docs/chinese.md says', async () => {
    const data = await run('{ interpretRules { precedence intent description cues needs example } }', {});
    const rules = data['interpretRules'] as {
      precedence: number;
      intent: Intent | null;
      cues: string[];
      example: string;
    }[];
    expect(rules.map((r) => r.precedence)).toEqual(rules.map((_, i) => i));
    const page = readFileSync(new URL('../../docs/chinese.md', import.meta.url), 'utf8');
    // The page's table of rules: one row per rule, numbered by precedence, with its intent and example.
    const rows = new Map(
      [...page.matchAll(/^\| (\d+) +\|(.*)$/gm)].map((m) => [Number(m[1]), m[2] ?? ''] as const),
    );
    expect([...rows.keys()]).toEqual(rules.map((r) => r.precedence));
    for (const rule of rules) {
      expect(rule.cues.length).toBeGreaterThan(0);
      const row = rows.get(rule.precedence);
      expect(row, `rule ${rule.precedence}`).toContain(rule.example);
      expect(row, `rule ${rule.precedence}`).toContain(
        rule.intent === null ? 'refused' : `\`${rule.intent}\``,
      );
      const reading = await interpret(rule.example);
      if (rule.intent === null) expect(reading).toMatchObject({ intent: null, refused: true });
      else expect(reading.intent).toBe(rule.intent);
    }
  });

  it('is priced by the cost limit like the searches it runs: a request holds a few interpretations, not fifteen', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `q${i}: interpret(question: "哪些平台支撑数智安防") { intent }`,
    );
    const result = await api.execute(`{ ${aliases.join(' ')} }`);
    expect(result.errors).toMatchObject([{ message: expect.stringMatching(/cost limit/) as unknown }]);
    const few = await api.execute(`{ ${aliases.slice(0, 3).join(' ')} }`);
    expect(few.errors).toBeUndefined();
    expect(Object.values(few.data ?? {})).toEqual([
      { intent: 'RELATED' },
      { intent: 'RELATED' },
      { intent: 'RELATED' },
    ]);
  });
});
