import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

type Named = { name: string };
type Row = { from: Named; to: Named };

interface Interpretation {
  intent: string | null;
  operation: string | null;
  variables: string | null;
  explanation: string;
  entities: { entity: Named; text: string; start: number; end: number }[];
  suggestions: string[];
}

/**
 * Each phrasing, the intent it must be read as, and entities the answer must hold (every one of them, found by
 * running the operation `interpret` returns): several wordings per intent, with and without 吗/呢/？, in
 * Traditional script and in English.
 */
const PHRASINGS: readonly (readonly [string, string, readonly string[]])[] = [
  // Which X support / develop / serve Y, either way.
  ['哪些平台支撑数智安防？', 'RELATED', ['诸暨经济开发区', '产业人才集聚平台']],
  ['数智安防有哪些支撑平台', 'RELATED', ['诸暨经济开发区']],
  ['支持数智安防的平台有哪些呢', 'RELATED', ['诸暨经济开发区']],
  ['哪些平台支撐數智安防', 'RELATED', ['诸暨经济开发区']],
  ['數智安防有哪些平台？', 'RELATED', ['诸暨经济开发区']],
  ['Which platforms support Digital-Intelligent Security?', 'RELATED', ['诸暨经济开发区']],
  ['哪些平台支撑新材料', 'RELATED', ['G60诸暨创新港']],
  // Names typed loosely: found by search (words, a near miss) when no spelling occurs whole.
  ['G60创新港支撑哪些产业', 'RELATED', ['新材料']],
  ['家燕回巢计划培养哪些人才？', 'RELATED', ['青年人才']],
  ['哪些机构参与了规划', 'RELATED', ['清华大学', '市委人才办']],
  ['新材料靠哪些平台支撑？', 'RELATED', ['G60诸暨创新港']],
  ['哪些平台支撑精密制造？', 'RELATED', ['产业创新服务综合体']],
  ['精密制造有哪些平台吗', 'RELATED', ['特色产业工程师协同创新中心']],
  ['which platforms support precision manufacturing', 'RELATED', ['产业创新服务综合体']],
  ['哪些计划培养高技能人才？', 'RELATED', ['高技能人才培育计划']],
  ['高技能人才由哪些项目培育', 'RELATED', ['高技能人才培育计划']],
  ['培养高技能人才的措施有哪些？', 'RELATED', ['高技能人才培育计划']],
  ['高技能人才有哪些计划呢？', 'RELATED', ['高技能人才培育计划']],
  ['哪些計劃培養高技能人才', 'RELATED', ['高技能人才培育计划']],
  ['Which programs develop high-skilled talent?', 'RELATED', ['高技能人才培育计划']],
  ['哪些平台培养高技能人才', 'RELATED', []],
  ['哪些计划服务社会事业人才？', 'RELATED', ['名师名校长培养计划']],
  ['社会事业人才有哪些政策', 'RELATED', ['名师名校长培养计划']],
  ['诸暨英才计划培养哪些人才？', 'RELATED', ['高层次人才']],
  ['诸暨英才计划面向哪些人才队伍', 'RELATED', ['高层次人才']],
  ['家燕归巢计划针对哪些人才？', 'RELATED', ['青年人才', '大学生']],
  ['What talent does the Homecoming Swallows Program develop?', 'RELATED', []],
  ['G60诸暨创新港支撑哪些产业？', 'RELATED', ['新材料', '航空航天']],
  ['G60诸暨创新港服务哪些产业呢', 'RELATED', ['节能环保']],
  ['诸暨经济开发区支撑哪些产业', 'RELATED', ['数智安防', '生命健康']],
  ['诸暨经济开发区有哪些产业吗？', 'RELATED', ['数智安防']],
  ['清华大学和哪些平台合作？', 'RELATED', ['应用科研人才集聚平台']],
  ['哪些高校与应用科研人才集聚平台合作', 'RELATED', ['清华大学']],
  ['战略性新兴产业包括哪些产业？', 'RELATED', ['数智安防']],
  ['哪些产业属于战略性新兴产业', 'PARTS', ['数智安防']],
  // What Y belongs to, and what it contains.
  ['数智安防属于哪个类别？', 'PART_OF', ['战略性新兴产业']],
  ['数智安防属于哪一类产业', 'PART_OF', ['战略性新兴产业']],
  ['數智安防屬於哪個類別', 'PART_OF', ['战略性新兴产业']],
  ['What category does Digital-Intelligent Security belong to?', 'PART_OF', ['战略性新兴产业']],
  ['G60诸暨创新港属于什么平台？', 'PART_OF', ['人才一体化发展平台']],
  ['教师属于哪个人才队伍', 'PART_OF', ['社会事业人才']],
  ['现代产业体系包括哪些？', 'PARTS', ['优势制造业', '战略性新兴产业', '现代服务业']],
  ['现代产业体系由什么组成', 'PARTS', ['优势制造业']],
  ['“三区一杆一高地”包括什么', 'PARTS', []],
  ['社会事业人才包括哪些人才？', 'RELATED', ['教师', '医疗卫生人才']],
  ['产业人才集聚平台包含哪些平台', 'RELATED', ['诸暨经济开发区']],
  ['What does the Modern Industrial System include?', 'PARTS', ['优势制造业']],
  // How A relates to B.
  ['家燕归巢计划和青年人才有什么关系？', 'PATH', ['家燕归巢计划', '青年人才']],
  ['家燕归巢计划与青年人才如何关联', 'PATH', ['家燕归巢计划', '青年人才']],
  ['数字经济一号工程怎么连接到生命健康？', 'PATH', ['数字经济一号工程', '生命健康']],
  ['G60诸暨创新港支撑新材料吗？', 'PATH', ['G60诸暨创新港', '新材料']],
  ['家燕歸巢計劃和青年人才有關係嗎', 'PATH', ['家燕归巢计划', '青年人才']],
  ['How is the Zhuji Talent Program related to high-skilled talent?', 'PATH', ['诸暨英才计划']],
  ['诸暨经济开发区和数智安防之间是什么关系', 'PATH', ['诸暨经济开发区', '数智安防']],
  // What the plan says about Y.
  ['规划关于G60诸暨创新港说了什么？', 'SAYS', []],
  ['规划中怎么说G60诸暨创新港', 'SAYS', []],
  ['规划提到了哪些关于美丽珍珠的内容', 'SAYS', []],
  ['原文对家燕归巢计划的表述是什么？', 'SAYS', []],
  ['What does the plan say about G60 Zhuji Innovation Port?', 'SAYS', []],
  ['規劃關於時尚襪藝說了什麼', 'SAYS', []],
  ['诸暨英才计划是什么？', 'SAYS', []],
  ['介绍一下G60诸暨创新港', 'SAYS', []],
  // Targets.
  ['高技能人才的目标是多少？', 'TARGETS', ['高技能人才', '高技能人才占技能劳动者比例']],
  ['高技能人才到2025年要达到多少', 'TARGETS', ['高技能人才']],
  ['众创空间的指标是什么', 'TARGETS', ['创建省级众创空间']],
  ['博士后有什么目标？', 'TARGETS', ['新引进博士后']],
  ['What is the target for high-skilled talent?', 'TARGETS', ['高技能人才']],
  ['高技能人才的目標是多少', 'TARGETS', ['高技能人才']],
  // Which industries have no platform.
  ['哪些产业没有平台支撑？', 'UNSUPPORTED', ['培训会展', '集成电路']],
  ['没有平台支撑的产业有哪些', 'UNSUPPORTED', ['培训会展']],
  ['哪些產業沒有平台支撐', 'UNSUPPORTED', ['培训会展']],
  ['Which industries have no platform?', 'UNSUPPORTED', ['培训会展']],
];

describe('interpret', () => {
  const api = useApi();
  const interpret = async (question: string) => {
    const result = await api.execute(
      `query ($q: String!) {
        interpret(question: $q) {
          intent operation variables explanation suggestions entities { entity { name } text start end }
        }
      }`,
      { q: question },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.['interpret'] as Interpretation;
  };

  /** The entities an interpreted operation's answer holds, whatever its shape. */
  const answerNames = (intent: string, data: Record<string, unknown>): string[] => {
    const names: string[] = [];
    const entity = data['entity'] as Record<string, unknown> | null | undefined;
    if (intent === 'PATH') names.push(...(data['path'] as { nodes: Named[] }).nodes.map((n) => n.name));
    else if (intent === 'UNSUPPORTED')
      names.push(...(data['industries'] as { edges: { node: Named }[] }).edges.map((e) => e.node.name));
    else if (entity) {
      for (const [field, value] of Object.entries(entity)) {
        if (!Array.isArray(value)) continue;
        if (field === 'relations') for (const row of value as Row[]) names.push(row.from.name, row.to.name);
        else if (field === 'indicators') names.push(...(value as Named[]).map((i) => i.name));
        else if (field !== 'evidence') names.push(...(value as Named[]).map((n) => n.name));
      }
    }
    return names;
  };

  it('reads at least 60 phrasings right, and every operation it returns runs and answers with the plan’s entities', async () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(60);
    const wrong: unknown[] = [];
    for (const [question, intent, expected] of PHRASINGS) {
      const reading = await interpret(question);
      if (reading.intent !== intent || reading.operation === null) {
        wrong.push({ question, intent: reading.intent, explanation: reading.explanation });
        continue;
      }
      const result = await api.execute(
        reading.operation,
        JSON.parse(reading.variables ?? '{}') as Record<string, unknown>,
      );
      if (result.errors !== undefined) {
        wrong.push({ question, errors: result.errors });
        continue;
      }
      const names = answerNames(intent, result.data ?? {});
      const missing = expected.filter((name) => !names.includes(name));
      if (missing.length > 0 || (intent !== 'SAYS' && names.length === 0 && expected.length > 0))
        wrong.push({ question, missing, names });
      if (intent === 'SAYS') {
        const evidence = (result.data?.['entity'] as { evidence: unknown[] }).evidence;
        if (evidence.length === 0) wrong.push({ question, evidence });
      }
      expect(reading.explanation).toMatch(/读作.*Read as/);
    }
    expect(wrong).toEqual([]);
  });

  it('reads within a plan when given one, and the operation asks within it too', async () => {
    const result = await api.execute(
      '{ interpret(question: "哪些平台支撑新材料", plan: "zhuji-2021") { intent operation variables } }',
    );
    const reading = result.data?.['interpret'] as Interpretation;
    expect(reading.intent).toBe('RELATED');
    const variables = JSON.parse(reading.variables ?? '{}') as Record<string, unknown>;
    expect(variables).toEqual({ name: '新材料', plan: 'zhuji-2021' });
    const answer = await api.execute(reading.operation ?? '', variables);
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data)).toContain('G60诸暨创新港');
  });

  it('says where each entity is named in the folded question', async () => {
    const reading = await interpret('家燕歸巢計劃和青年人才有關係嗎');
    expect(reading.entities).toEqual([
      { entity: { name: '家燕归巢计划' }, text: '家燕归巢计划', start: 0, end: 6 },
      { entity: { name: '青年人才' }, text: '青年人才', start: 7, end: 11 },
    ]);
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
    expect(JSON.parse(reading.variables ?? '{}')).toEqual({ name: '科技创新人才' });
  });

  it('answers null with suggestions when it cannot read a question, never a guess', async () => {
    for (const question of ['今天天气怎么样？', 'hello', '数智安防']) {
      const reading = await interpret(question);
      expect(reading).toMatchObject({ intent: null, operation: null, variables: null });
      expect(reading.explanation).toMatch(/^未能读懂/);
      expect(reading.suggestions.length).toBeGreaterThan(3);
    }
    expect((await interpret('数智安防')).suggestions[0]).toContain('数智安防');
    expect(await api.execute('{ interpret(question: "  ") { intent } }')).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', argumentName: 'question' } }],
    });
  });
});
