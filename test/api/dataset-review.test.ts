import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

/**
 * The items of an expert re-read of data/plans/zhuji-2021 against the plan text (issue 24), each as the API
 * answers it now: a link added or re-typed, a reading dropped and the pair dismissed with its reason, a name the
 * plan uses added with its quotes.
 */
describe('the dataset as re-read against the plan text', () => {
  const api = useApi();

  it('records a platform that serves a team as SERVES, which both typed fields follow', async () => {
    const result = await api.execute(`{
      platform(name: "高层次人才公共服务平台") {
        talentTeams { name }
        relations(direction: OUT, types: ["SERVES", "DEVELOPS"]) { type basis to { name } }
      }
      talentTeam(name: "高层次人才") {
        servedBy: relations(direction: IN, types: ["SERVES"]) { from { kind name } }
        platforms { name }
      }
    }`);
    expect(result).toEqual({
      data: {
        platform: {
          talentTeams: [{ name: '高层次人才' }],
          relations: [{ type: 'SERVES', basis: 'SAME_SENTENCE', to: { name: '高层次人才' } }],
        },
        talentTeam: {
          servedBy: expect.arrayContaining([
            { from: { kind: 'PLATFORM', name: '高层次人才公共服务平台' } },
          ]) as unknown,
          platforms: expect.arrayContaining([{ name: '高层次人才公共服务平台' }]) as unknown,
        },
      },
    });
  });

  it('counts the enterprise technology centres, research institutes and R&D centres among the 企业研发机构', async () => {
    const result = await api.execute(`{
      platform(name: "企业研发机构") { parts { name } relations(direction: IN) { type basis from { name } } }
      centre: platform(name: "企业技术中心") { partOf { name } }
      institute: platform(name: "企业研究院") { partOf { name } }
    }`);
    const parts = ['企业技术中心', '企业研究院', '农业企业科技研发中心', '高新技术企业研发中心'];
    expect(result).toEqual({
      data: {
        platform: {
          parts: parts.map((name) => ({ name })),
          relations: expect.arrayContaining(
            parts.map((name) => ({ type: 'PART_OF', basis: 'READING', from: { name } })),
          ) as unknown,
        },
        centre: { partOf: [{ name: '产业人才集聚平台' }, { name: '企业研发机构' }] },
        institute: { partOf: [{ name: '产业人才集聚平台' }, { name: '企业研发机构' }] },
      },
    });
    const relations = (result.data?.['platform'] as { relations: unknown[] }).relations;
    expect(relations).toHaveLength(parts.length);
  });

  it('gives 研发人员, measured by an indicator but linked to no entity, the reason the plan links it to nothing', async () => {
    const result = await api.execute(
      '{ talentTeam(name: "研发人员") { relationCount unlinkedReason indicators { name } } }',
    );
    expect(result).toEqual({
      data: {
        talentTeam: {
          relationCount: 0,
          unlinkedReason: expect.stringContaining('每万名劳动力中研发人员数量达185人年') as unknown,
          indicators: [{ name: '每万名劳动力中研发人员数' }],
        },
      },
    });
  });

  it('reads the 诸暨籍 students as the ambassadors, not as whom 引才大使 develops', async () => {
    const result = await api.execute(`{
      program(name: "引才大使") {
        talentTeams { name }
        notLinked { entity { name } reason }
      }
    }`);
    expect(result).toEqual({
      data: {
        program: {
          talentTeams: [{ name: '青年人才' }, { name: '高校毕业生' }],
          notLinked: expect.arrayContaining([
            {
              entity: { name: '大学生' },
              reason: expect.stringContaining('聘用诸暨籍大学生担任“引才大使”') as unknown,
            },
          ]) as unknown,
        },
      },
    });
  });

  it('reads no name ending in 领军人才 as one of the city’s 领军人才', async () => {
    const result = await api.execute(`{
      young: talentTeam(name: "青年领军人才") { partOf { name } notLinked { entity { name } reason } }
      leading: talentTeam(name: "领军人才") { parts { name } }
    }`);
    expect(result).toEqual({
      data: {
        young: {
          partOf: [{ name: '青年人才' }],
          notLinked: expect.arrayContaining([
            { entity: { name: '领军人才' }, reason: expect.stringContaining('title holders') as unknown },
          ]) as unknown,
        },
        leading: { parts: [] },
      },
    });
  });

  it('reads the local-talent paragraph as the young-talent one: the groups it cultivates are 本土人才', async () => {
    const result = await api.execute(`{
      talentTeam(name: "本土人才") {
        parts { name }
        relations(direction: IN, types: ["PART_OF"]) { basis from { name } evidence { quote } }
      }
    }`);
    const quotes = (group: string) =>
      [
        { quote: '结合诸暨市产业发展布局,加强本土人才培养' },
        { quote: `积极培育一批创业型企业家、高技能人才和乡村振兴人才` },
      ].filter((q) => q.quote.includes(group) || q.quote.includes('本土人才'));
    expect(result).toEqual({
      data: {
        talentTeam: {
          parts: [{ name: '乡村振兴人才' }, { name: '创业型企业家' }],
          relations: expect.arrayContaining(
            ['乡村振兴人才', '创业型企业家'].map((name) => ({
              basis: 'SECTION',
              from: { name },
              evidence: quotes(name),
            })),
          ) as unknown,
        },
      },
    });
  });

  it('makes the two key teams of 四 and the reserve talent parts of 社会事业和社会治理领域人才', async () => {
    const result = await api.execute(`{
      field: talentTeam(name: "社会事业和社会治理领域人才") {
        parts { name }
        programs(includeParts: true) { name }
      }
      social: talentTeam(name: "社会事业人才") { partOf { name } }
      governance: talentTeam(name: "社会治理人才") { partOf { name } }
      reserve: talentTeam(name: "社会事业后备人才") { partOf { name } }
      path(from: "后备人才培养机制", to: "社会治理人才", maxHops: 3) { length }
    }`);
    expect(result).toEqual({
      data: {
        field: {
          parts: [
            { name: '社会事业人才' },
            { name: '社会事业后备人才' },
            { name: '社会事业和社会治理领军人才' },
            { name: '社会治理人才' },
          ],
          programs: expect.arrayContaining([
            { name: '名师名校长培养计划' },
            { name: '社会治理人才培育计划' },
            { name: '后备人才培养机制' },
          ]) as unknown,
        },
        social: { partOf: [{ name: '社会事业和社会治理领域人才' }] },
        governance: { partOf: [{ name: '社会事业和社会治理领域人才' }] },
        reserve: { partOf: [{ name: '社会事业和社会治理领域人才' }] },
        path: { length: 3 },
      },
    });
  });

  it('keeps 传统产业 apart from 传统制造业, and gives the returnee town the aims its sentence names', async () => {
    const result = await api.execute(`{
      traditional: industry(name: "传统产业") {
        aliases
        platforms { name }
        talentTeams(includeParts: false) { name }
        withParts: talentTeams { name }
        parts: relations(direction: IN, types: ["PART_OF"]) { basis from { name } }
      }
      emerging: industry(name: "新兴产业") { platforms { name } talentTeams { name } }
      manufacturing: industry(name: "传统制造业") { aliases platforms { name } talentTeams { name } }
      supports: platform(name: "欧美同学会海归小镇") {
        relations(direction: OUT, types: ["SUPPORTS"]) { basis to { name } evidence { quote } }
      }
    }`);
    const aim =
      '加快申建欧美同学会海归小镇,布局以汽车装备为主导、航空航天为特色的“1+1”产业,努力打造高端人才聚集地、新兴产业策源地、核心技术突破地和传统产业提升地';
    expect(result).toEqual({
      data: {
        traditional: {
          aliases: [],
          platforms: [
            { name: '产业平台' },
            { name: '人才一体化发展平台' },
            { name: '欧美同学会海归小镇' },
            { name: '科研平台' },
          ],
          talentTeams: [{ name: '科技创新人才' }, { name: '顶尖人才' }],
          withParts: [
            { name: '科技创新人才' },
            { name: '诸暨工匠' },
            { name: '顶尖人才' },
            { name: '高技能人才' },
          ],
          parts: [{ basis: 'READING', from: { name: '传统制造业' } }],
        },
        emerging: {
          platforms: [{ name: '人才一体化发展平台' }, { name: '欧美同学会海归小镇' }],
          talentTeams: [
            { name: '科技创新人才' },
            { name: '诸暨工匠' },
            { name: '顶尖人才' },
            { name: '高技能人才' },
          ],
        },
        manufacturing: {
          aliases: [],
          platforms: [],
          talentTeams: [{ name: '诸暨工匠' }, { name: '高技能人才' }],
        },
        supports: {
          relations: expect.arrayContaining([
            { basis: 'STATED', to: { name: '传统产业' }, evidence: [{ quote: aim }] },
            { basis: 'STATED', to: { name: '新兴产业' }, evidence: [{ quote: aim }] },
          ]) as unknown,
        },
      },
    });
  });

  it('holds the names the plan uses that the first reading left out, each with its quotes and its links', async () => {
    const plan = '诸暨市人才发展“十四五”规划';
    const added: Record<string, { kind: string; quotes: string[]; links: string[] }> = {
      新兴产业: {
        kind: 'INDUSTRY',
        quotes: [
          '高层次人才数量相对于传统产业转型升级、新兴产业不断壮大的发展现状仍显不足',
          '驱动传统产业升级与新兴产业崛起',
          '努力打造高端人才聚集地、新兴产业策源地、核心技术突破地和传统产业提升地',
        ],
        links: [
          'SUPPORTS 欧美同学会海归小镇 → 新兴产业',
          'SUPPORTS 人才一体化发展平台 → 新兴产业',
          'SERVES 顶尖人才 → 新兴产业',
          'SERVES 科技创新人才 → 新兴产业',
          'SERVES 诸暨工匠 → 新兴产业',
          'SERVES 高技能人才 → 新兴产业',
        ],
      },
      加速器: {
        kind: 'PLATFORM',
        quotes: ['打造长三角中试基地和加速器品牌'],
        links: ['PART_OF 加速器 → G60诸暨创新港', 'PART_OF 加速器 → 人才一体化发展平台'],
      },
      '“枫桥经验”教育培训体系': {
        kind: 'PROGRAM',
        quotes: ['构建“枫桥经验”教育培训体系'],
        links: [
          'DEVELOPS 枫桥经验教育培训体系 → 社会治理人才',
          'PART_OF 枫桥经验教育培训体系 → 社会治理人才培育计划',
          'RELIES_ON 枫桥经验教育培训体系 → 浙江新时代枫桥经验研究院',
          'RELIES_ON 枫桥经验教育培训体系 → 枫桥学院',
        ],
      },
      校长高端培训: {
        kind: 'PROGRAM',
        quotes: ['深化名师工作室建设和校长高端培训'],
        links: [
          'DEVELOPS 校长高端培训 → 专业化校长',
          'DEVELOPS 校长高端培训 → 社会事业人才',
          'DEVELOPS 校长高端培训 → 教师',
          'PART_OF 校长高端培训 → 名师名校长培养计划',
        ],
      },
      高层次人才助创体系: {
        kind: 'PROGRAM',
        quotes: ['切实构建高层次人才助创体系'],
        links: [
          'SERVES 高层次人才助创体系 → 高层次人才',
          'PART_OF 科创金融服务机制 → 高层次人才助创体系',
          'PART_OF 人才投、人才贷、人才保、人才险、人才板组合拳 → 高层次人才助创体系',
        ],
      },
      人才综合服务体系: {
        kind: 'PROGRAM',
        quotes: ['健全政府公共服务和市场服务一体化的人才综合服务体系'],
        links: ['RELIES_ON 人才综合服务体系 → 全周期人才服务综合体'],
      },
      信息共享与信用评价系统: {
        kind: 'PLATFORM',
        quotes: ['建立具有诸暨特色的信息共享与信用评价系统'],
        links: ['PART_OF 信息共享与信用评价系统 → 人才数字化治理平台'],
      },
      社会服务项目: {
        kind: 'PROGRAM',
        quotes: ['开办社会服务项目'],
        links: [
          'DEVELOPS 社会服务项目 → 社会事业和社会治理领域人才',
          'DEVELOPS 社会服务项目 → 社会事业和社会治理领军人才',
        ],
      },
      市委: { kind: 'INSTITUTION', quotes: ['坚持市委统一领导'], links: [`LEADS 市委 → ${plan}`] },
    };
    for (const [name, { kind, quotes, links }] of Object.entries(added)) {
      const result = await api.execute(
        `query ($name: String!) {
          entity(name: $name) {
            kind evidence { quote } relations(includeParts: false) { type from { name } to { name } }
          }
        }`,
        { name },
      );
      const entity = result.data?.['entity'] as {
        kind: string;
        evidence: { quote: string }[];
        relations: { type: string; from: { name: string }; to: { name: string } }[];
      } | null;
      expect({
        name,
        errors: result.errors,
        kind: entity?.kind,
        quotes: entity?.evidence.map((e) => e.quote),
      }).toEqual({ name, errors: undefined, kind, quotes });
      expect({
        name,
        links: entity?.relations.map((r) => `${r.type} ${r.from.name} → ${r.to.name}`).sort(),
      }).toEqual({ name, links: [...links].sort() });
    }
  });
});
