import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { useApi } from '../helpers/api.js';
import { withoutLocations } from '../helpers/execute.js';

const source = readFileSync(fromRoot('data', 'plans', 'zhuji-2021', 'zhuji-talent-plan-2021.txt'), 'utf8');
const names = (...list: string[]) => list.map((name) => ({ name }));

describe('entity lookups', () => {
  const api = useApi();

  it('finds an entity by canonical name, alias or NFKC spelling, and returns null with NOT_FOUND otherwise', async () => {
    expect(
      withoutLocations(
        await api.execute(`{
        alias: entity(name: "精密制造业") { __typename id name aliases kind note plan { id } }
        spaced: entity(name: "\u3000精密制造  ") { name }
        fullWidth: platform(name: "Ｇ６０诸暨创新港") { name type level collective status }
        unknown: entity(name: "不存在") { name }
        wrongKind: industry(name: "G60诸暨创新港") { name }
      }`),
      ),
    ).toEqual({
      data: {
        alias: {
          __typename: 'Industry',
          id: 'zhuji-2021:industry:精密制造',
          name: '精密制造',
          aliases: ['精密制造业'],
          kind: 'INDUSTRY',
          note: null,
          plan: { id: 'zhuji-2021' },
        },
        spaced: { name: '精密制造' },
        fullWidth: { name: 'G60诸暨创新港', type: '创新港', level: null, collective: false, status: null },
        unknown: null,
        wrongKind: null,
      },
      errors: [
        {
          message: 'No entity is named "不存在" (name).',
          path: ['unknown'],
          extensions: { code: 'NOT_FOUND', argumentName: 'name', suggestions: [] },
        },
        {
          message: '"G60诸暨创新港" is a platform, not an industry (name).',
          path: ['wrongKind'],
          extensions: { code: 'NOT_FOUND', argumentName: 'name', suggestions: [] },
        },
      ],
    });
  });

  it('finds an entity by the shortenings people use, and the plan’s own names win', async () => {
    const result = await api.execute(`{
        abbreviation: platform(name: "经开区") { name }
        withPlace: entity(name: "诸暨经开区") { name }
        tail: entity(name: "海归小镇") { name }
        station: entity(name: "博士后站") { name }
        academician: platform(name: "院士工作站") { name }
        office: institution(name: "人才办") { name }
        expanded: entity(name: "人才工作领导小组办公室") { name }
        university: entity(name: "浙大") { name }
        traditional: entity(name: "經開區") { name }
        own: entity(name: "科创综合平台") { name }
        ownFull: entity(name: "科技创新综合平台") { name }
        group: entity(name: "人才工作领导小组") { name }
        wrongKind: industry(name: "经开区") { name }
        short: entity(name: "工匠") { name }
        bound: entity(name: "籍各界人才资料库") { name }
      }`);
    expect(result.data).toEqual({
      abbreviation: { name: '诸暨经济开发区' },
      withPlace: { name: '诸暨经济开发区' },
      tail: { name: '欧美同学会海归小镇' },
      station: { name: '博士后工作站' },
      academician: { name: '院士(专家)工作站' },
      office: { name: '市委人才办' },
      expanded: { name: '市委人才办' },
      university: { name: '浙江大学' },
      traditional: { name: '诸暨经济开发区' },
      // Two platforms of the plan: swapping 科创 and 科技创新 would make each the other's name, so neither is.
      own: { name: '科创综合平台' },
      ownFull: { name: '科技创新综合平台' },
      group: { name: '人才工作领导小组' },
      wrongKind: null,
      // A tail under three characters (诸暨工匠), or one bound to the place (诸暨籍…), is no name.
      short: null,
      bound: null,
    });
    // Each miss says so on its own field, as every lookup does.
    // Note: the misses resolve side by side, so their errors come in no fixed order.
    const errors = [...((result.errors ?? []) as { path: string[] }[])].sort((a, b) =>
      String(a.path).localeCompare(String(b.path)),
    );
    expect(errors).toMatchObject(
      ['bound', 'short', 'wrongKind'].map((field) => ({
        path: [field],
        extensions: { code: 'NOT_FOUND', argumentName: 'name' },
      })),
    );
  });

  it('gives every entity’s evidence and mentions as exact slices of the source', async () => {
    const result = await api.execute(`{
      entity(name: "家燕归巢计划") {
        evidence { quote start end section { path } }
        mentions { text start end nested section { path } }
      }
    }`);
    const entity = result.data?.['entity'] as {
      evidence: { quote: string; start: number; end: number }[];
      mentions: { text: string; start: number; end: number }[];
    };
    expect(result).toEqual({
      data: {
        entity: {
          evidence: [
            {
              quote: '持续推动“家燕归巢”计划',
              start: entity.evidence[0]?.start,
              end: entity.evidence[0]?.end,
              section: { path: '三/(一)' },
            },
          ],
          mentions: [
            {
              text: '“家燕归巢”计划',
              start: entity.mentions[0]?.start,
              end: entity.mentions[0]?.end,
              nested: false,
              section: { path: '三/(一)' },
            },
          ],
        },
      },
    });
    for (const e of entity.evidence) expect(source.slice(e.start, e.end)).toBe(e.quote);
    for (const m of entity.mentions) expect(source.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads relationships from both ends, with evidence, and refuses unknown relation types', async () => {
    expect(
      await api.execute(`{
        industry(name: "美丽珍珠") {
          relations(direction: IN, types: ["SUPPORTS"]) { type from { name } to { name } evidence { quote section { path } } }
        }
        platform(name: "产业创新服务综合体") {
          relations(direction: OUT) { type to { name } }
        }
      }`),
    ).toEqual({
      data: {
        industry: {
          relations: [
            {
              type: 'SUPPORTS',
              from: { name: '产业人才集聚平台' },
              to: { name: '美丽珍珠' },
              evidence: [
                { quote: '(一)产业人才集聚平台', section: { path: '五/(一)' } },
                { quote: '围绕时尚袜业、美丽珍珠、铜材精密加工等区域主导产业', section: { path: '五/(一)' } },
              ],
            },
            ...['产业创新服务综合体', '产业平台', '特色产业工程师协同创新中心'].map((name) => ({
              type: 'SUPPORTS',
              from: { name },
              to: { name: '美丽珍珠' },
              evidence: [
                // 产业平台: 三(二) builds the platforms around the leading industries that 五(一) names (a READING).
                ...(name === '产业平台'
                  ? [{ quote: '围绕主导产业推动产业平台建设', section: { path: '三/(二)' } }]
                  : []),
                {
                  quote:
                    '围绕时尚袜业、美丽珍珠、铜材精密加工等区域主导产业,推动产业创新服务综合体、特色产业工程师协同创新中心等平台建设',
                  section: { path: '五/(一)' },
                },
              ],
            })),
          ],
        },
        platform: {
          relations: [
            ...['产业人才集聚平台', '产业平台'].map((name) => ({ type: 'PART_OF', to: { name } })),
            ...['时尚袜艺', '美丽珍珠', '铜材精密加工'].map((name) => ({ type: 'SUPPORTS', to: { name } })),
          ],
        },
      },
    });
    expect(
      await api.execute('{ industry(name: "美丽珍珠") { relations(types: ["LIKES"]) { type } } }'),
    ).toEqual({
      data: { industry: null },
      errors: [
        {
          message:
            'Unknown relation type LIKES; the types are IN_CATEGORY, PART_OF, SUPPORTS, SERVES, DEVELOPS, RELIES_ON, PARTNERS_WITH, HOSTS, LEADS, BASED_ON.',
          locations: [{ line: 1, column: 28 }],
          path: ['industry', 'relations'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'types' },
        },
      ],
    });
  });
});

describe('relationCount', () => {
  const api = useApi();

  it('counts relationships by direction, type and the other end’s kind, without loading them', async () => {
    expect(
      await api.execute(`{
        industry(name: "数智安防") {
          supporting: relationCount(direction: IN, types: ["SUPPORTS"])
          all: relationCount
          categories: relationCount(kinds: [INDUSTRY_CATEGORY])
          none: relationCount(direction: OUT, types: ["SUPPORTS"])
        }
        talentTeam(name: "高技能人才") { programs: relationCount(direction: IN, types: ["DEVELOPS", "SERVES"], kinds: [PROGRAM]) }
      }`),
    ).toEqual({
      data: { industry: { supporting: 3, all: 5, categories: 2, none: 0 }, talentTeam: { programs: 5 } },
    });
  });
});

describe('entity types', () => {
  const api = useApi();

  it('Industry and IndustryCategory', async () => {
    expect(
      await api.execute(`{
        precision: industry(name: "精密制造") { key category { name key system } categories { name } platforms { name } programs { name } talentTeams { name } indicators { key } }
        pearls: industry(name: "美丽珍珠") { talentTeams { name } categories { name } platforms { name } }
        digital: industry(name: "数字经济") { programs { name } platforms { name } }
        highTech: industry(name: "高新技术产业") { indicators { key name } note }
        category: industryCategory(name: "战略性新兴产业") { key system industries { name } partOf { name } parts { name } }
      }`),
    ).toEqual({
      data: {
        precision: {
          key: 'precision-manufacturing',
          category: { name: '优势制造业', key: 'advantaged-manufacturing', system: '333' },
          categories: names('优势制造业'),
          // Those of its part 铜材精密加工 (by default an entity's lists take in its parts').
          platforms: names(
            '产业人才集聚平台',
            '产业创新服务综合体',
            '产业平台',
            '特色产业工程师协同创新中心',
          ),
          programs: [],
          talentTeams: [],
          indicators: [],
        },
        pearls: {
          talentTeams: names('珍珠和袜艺时尚设计人才'),
          categories: names('优势制造业', '区域主导产业'),
          platforms: names(
            '产业人才集聚平台',
            '产业创新服务综合体',
            '产业平台',
            '特色产业工程师协同创新中心',
          ),
        },
        digital: {
          programs: names('数字经济一号工程', '柔性用才模式'),
          platforms: names('人才一体化发展平台', '研发飞地'),
        },
        highTech: {
          indicators: [{ key: 'high-tech-value-added-share', name: '高新技术产业增加值占规上工业比重' }],
          note: 'Named only as the subject of a table indicator (its share of industrial value added).',
        },
        category: {
          key: 'strategic-emerging-industries',
          system: '333',
          industries: names('数智安防', '新材料', '生命健康'),
          partOf: names('现代产业体系'),
          parts: [],
        },
      },
    });
  });

  it('Platform', async () => {
    expect(
      await api.execute(`{
        masters: platform(name: "技能大师工作室") { type collective talentTeams { name } }
        stations: platform(name: "境外引才工作站点") { programs { name } }
        thinkTank: platform(name: "社会治理权威研究智库") { institutions { name } }
        enclaves: platform(name: "飞地平台") { parts { name } }
        town: platform(name: "欧美同学会海归小镇") { status partOf { name } industries { name } }
        makerSpaces: platform(name: "众创空间") { level indicators { key } observations { key value } }
      }`),
    ).toEqual({
      data: {
        masters: { type: '工作室', collective: true, talentTeams: names('高技能人才') },
        stations: { programs: names('长效联络机制') },
        thinkTank: { institutions: names('枫桥学院', '浙江新时代枫桥经验研究院') },
        enclaves: { parts: names('诸暨岛', '长三角区域人才飞地', '高新岛') },
        town: {
          status: 'planned',
          partOf: names('人才一体化发展平台'),
          industries: names(
            '传统产业',
            '新一代信息产业',
            '新兴产业',
            '新材料',
            '汽车装备',
            '航空航天',
            '节能环保',
          ),
        },
        makerSpaces: {
          level: '省级',
          indicators: [{ key: 'provincial-maker-spaces' }],
          observations: [{ key: 'provincial-maker-spaces-2020', value: 12 }],
        },
      },
    });
  });

  it('Program and TalentTeam', async () => {
    expect(
      await api.execute(`{
        talent: program(name: "诸暨英才计划") { type talentTeams { name } industries { name } platforms { name } observations { key value } }
        liaison: program(name: "长效联络机制") { platforms { name } }
        party: talentTeam(name: "党政人才") { roles partOf { name } indicators { key } observations { key } programs { name } }
        pool: talentTeam(name: "人才资源") { parts { name } }
        design: talentTeam(name: "珍珠和袜艺时尚设计人才") { industries { name } }
        skilled: talentTeam(name: "高技能人才") { platforms { name } }
      }`),
    ).toEqual({
      data: {
        talent: {
          type: '计划',
          talentTeams: names('科技创业人才', '科技创新人才', '院士', '高层次人才'),
          industries: [],
          platforms: [],
          observations: [{ key: 'zhuji-talent-programme-2020', value: 99 }],
        },
        liaison: { platforms: names('丝绸之路人才孵化器站点', '人才一体化发展平台', '境外引才工作站点') },
        party: {
          roles: ['STATISTICAL_CATEGORY'],
          partOf: names('人才资源'),
          indicators: [{ key: 'party-and-government-talent' }],
          observations: [{ key: 'party-and-government-talent-2020' }],
          programs: [],
        },
        pool: {
          parts: names(
            '专业技术人才',
            '党政人才',
            '农村实用人才',
            '社会工作专业人才',
            '经营管理人才',
            '高技能人才',
          ),
        },
        design: { industries: names('时尚袜艺', '美丽珍珠') },
        skilled: { platforms: names('公共实训平台', '技能大师工作室', '长三角区域示范性职业教育集团') },
      },
    });
  });

  it('reads the plan’s own links, and programs relying on institutions, from both ends', async () => {
    const result = await api.execute(`{
      plan(id: "zhuji-2021") { basedOn { name } partners { name } ledBy { name } }
      policy: entity(name: "中共诸暨市委关于高水平建设人才集聚高地科技创新强市的决定") { ... on Policy { plans { id } } }
      program(name: "社会治理人才培育计划") { institutions { name } }
      institution: entity(name: "枫桥学院") { ... on Institution { programs { name } } }
      office: entity(name: "市委人才办") { ... on Institution { leads { name } } }
    }`);
    expect(result).toEqual({
      data: {
        plan: {
          basedOn: names(
            '中共诸暨市委关于高水平建设人才集聚高地科技创新强市的决定',
            '奋力打造浙江高质量发展建设共同富裕示范区诸暨范例行动方案(2021-2025)',
            '诸暨市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
          ),
          partners: names('上海交大', '浙江农林大学暨阳学院', '浙江大学', '清华大学'),
          ledBy: names('人才工作领导小组', '市委', '市委人才办', '组织部门'),
        },
        policy: { plans: [{ id: 'zhuji-2021' }] },
        program: { institutions: names('枫桥学院', '浙江新时代枫桥经验研究院') },
        institution: { programs: names('枫桥经验教育培训体系', '社会治理人才培育计划') },
        office: { leads: names('诸暨市人才发展“十四五”规划') },
      },
    });
  });

  it('Institution, Goal and Policy', async () => {
    expect(
      await api.execute(`{
        tsinghua: institution(name: "清华大学") { type partners { __typename name } hosts { name } leads { name } }
        fengqiao: institution(name: "枫桥学院") { hosts { name } }
        office: institution(name: "市委人才办") { leads { __typename name } }
        goal: goal(name: "人才聚集高地") { name aliases partOf { name } parts { name } }
        policy: policy(name: "关于加强高技能人才队伍建设的意见") { name evidence { quote section { path } } relations { type } }
      }`),
    ).toEqual({
      data: {
        tsinghua: {
          type: '高校',
          partners: [
            { __typename: 'Platform', name: '人才培养基地' },
            { __typename: 'Platform', name: '应用科研人才集聚平台' },
            { __typename: 'Platform', name: '校地合作平台' },
            { __typename: 'Plan', name: '诸暨市人才发展“十四五”规划' },
          ],
          hosts: [],
          leads: [],
        },
        fengqiao: { hosts: names('社会治理权威研究智库') },
        office: { leads: [{ __typename: 'Plan', name: '诸暨市人才发展“十四五”规划' }] },
        goal: { name: '人才集聚高地', aliases: ['人才聚集高地'], partOf: [], parts: [] },
        policy: {
          name: '关于加强高技能人才队伍建设的意见',
          evidence: [{ quote: '《关于加强高技能人才队伍建设的意见》', section: { path: '一/(一)/1/一是' } }],
          relations: [],
        },
      },
    });
  });
});
