import { describe, expect, it } from 'vitest';
import { curatedEntities } from '../../src/draft/curated-names.js';
import { draftEntities } from '../../src/draft/draft-entities.js';
import { draftRelations } from '../../src/draft/draft-relations.js';
import { findNames } from '../../src/draft/find-names.js';
import { sentencesOf } from '../../src/domain/sentences.js';
import { parseSections } from '../../src/import/parse/parse-sections.js';
import { kindOfName } from '../../src/draft/kind-suffixes.js';
import { scoreNames } from '../../src/draft/score-names.js';
import { readDataset } from '../../src/import/compile/read-dataset.js';
import { fromRoot } from '../../src/paths.js';

// Small texts written for these tests, in the family's style (not quoted from any plan in data/).
const names = (text: string) => findNames(text).map(({ name, kind, by }) => ({ name, kind, by }));
/** The links drafted from a text whose first line is its title, each as type, ends and reading. */
const linksOf = (text: string) => {
  const title = text.slice(0, text.indexOf('\n'));
  return draftRelations(text, draftEntities(text), parseSections(text, title), title).map(
    ({ type, from, to, by }) => ({ type, from, to, by }),
  );
};

describe('drafting names from a plan’s text', () => {
  it('reads a kind from a name’s ending, the longest ending first', () => {
    expect(kindOfName('青溪先进制造业')).toBe('INDUSTRY');
    expect(kindOfName('青溪人才创新港')).toBe('PLATFORM');
    expect(kindOfName('雏鹰领航计划')).toBe('PROGRAM');
    expect(kindOfName('青溪工匠')).toBe('TALENT_TEAM');
    expect(kindOfName('青溪理工大学')).toBe('INSTITUTION');
    expect(kindOfName('区域人才高地')).toBe('GOAL');
    // An ending alone names nothing.
    expect(kindOfName('平台')).toBeNull();
    expect(kindOfName('促进交流')).toBeNull();
  });

  it('finds titles in 《》 as policies, whole, their words not cut into other names', () => {
    expect(names('根据《青溪县人才发展行动计划》要求。')).toEqual([
      { name: '青溪县人才发展行动计划', kind: 'POLICY', by: 'BOOK_TITLE' },
    ]);
  });

  it('gives an enumeration’s members the kind of its closing noun, spelled with its ending or not', () => {
    const found = names('在轨道交通、生物医药、绿色能源等产业形成人才集聚效应。');
    expect(found.filter((f) => f.by === 'ENUMERATION')).toEqual([
      { name: '轨道交通', kind: 'INDUSTRY', by: 'ENUMERATION' },
      { name: '生物医药', kind: 'INDUSTRY', by: 'ENUMERATION' },
      { name: '绿色能源', kind: 'INDUSTRY', by: 'ENUMERATION' },
    ]);
    const grouped = names('做强以丝绸纺织、茶叶加工为主导的传统优势产业。');
    expect(grouped).toEqual(
      expect.arrayContaining([
        { name: '丝绸纺织', kind: 'INDUSTRY', by: 'ENUMERATION' },
        { name: '茶叶加工', kind: 'INDUSTRY', by: 'ENUMERATION' },
        { name: '传统优势产业', kind: 'INDUSTRY', by: 'ENDING' },
      ]),
    );
    // Fields people work in are no members of its kind.
    expect(names('面向教育、卫生、文化等领域人才。').filter((f) => f.by === 'ENUMERATION')).toEqual([]);
  });

  it('reads quoted members of a list, with 、 between them or none (打造“银杏岛”“云溪岛”等飞地平台), or one alone', () => {
    expect(names('依托“人才管家”等数字化平台,提供服务。')).toContainEqual({
      name: '人才管家',
      kind: 'PLATFORM',
      by: 'ENUMERATION',
    });
    for (const list of ['“银杏岛”“云溪岛”', '“银杏岛”、“云溪岛”']) {
      const found = names(`积极融入长三角,打造${list}等飞地平台,承接孵化成果。`);
      expect(found).toEqual(
        expect.arrayContaining([
          { name: '银杏岛', kind: 'PLATFORM', by: 'ENUMERATION' },
          { name: '云溪岛', kind: 'PLATFORM', by: 'ENUMERATION' },
        ]),
      );
    }
  });

  it('reads a quoted term closing its clause after a program’s verb as a program (升级招才引智“春秋专列”)', () => {
    const found = names('升级招才引智“春秋专列”,评选一批“青溪名医”。打造人才来青溪“第一站”。');
    expect(found).toEqual(
      expect.arrayContaining([
        { name: '春秋专列', kind: 'PROGRAM', by: 'ENDING' },
        { name: '青溪名医', kind: 'PROGRAM', by: 'ENDING' },
      ]),
    );
    // A slogan after another verb is not one.
    expect(found.map((f) => f.name)).not.toContain('第一站');
    // A role held (担任), a way opened for people, and a term put to use (应用): a program, a program, a platform.
    const more = names(
      '鼓励青年教师担任“引才使者”,畅通高层次人才来青溪“快速通道”。推广应用“人才卡”,推进“数字大脑”应用。',
    );
    expect(more).toEqual(
      expect.arrayContaining([
        { name: '引才使者', kind: 'PROGRAM', by: 'ENDING' },
        { name: '快速通道', kind: 'PROGRAM', by: 'ENDING' },
        { name: '人才卡', kind: 'PLATFORM', by: 'ENDING' },
        { name: '数字大脑', kind: 'PLATFORM', by: 'ENDING' },
      ]),
    );
  });

  it('cuts a name after the words that lead to it, keeping a verb its ending needs', () => {
    const found = names('高水平建设青溪人才创新港，深入实施青年技能人才培育计划，建立“新型学徒”培养机制。');
    expect(found).toEqual(
      expect.arrayContaining([
        { name: '青溪人才创新港', kind: 'PLATFORM', by: 'ENDING' },
        { name: '青年技能人才', kind: 'TALENT_TEAM', by: 'ENDING' },
        { name: '青年技能人才培育计划', kind: 'PROGRAM', by: 'ENDING' },
        { name: '新型学徒培养机制', kind: 'PROGRAM', by: 'ENDING' },
      ]),
    );
    // A verb before 人才 makes no team; nor does a place's or everyone's talent.
    expect(names('集聚人才，服务青溪县人才和各类人才。').filter((f) => f.kind === 'TALENT_TEAM')).toEqual([]);
    // 统筹, 助推, 结合 … lead to a name as 建设 does.
    expect(names('统筹推进轨道交通、绿色能源等产业，助推银杏产业园提质。').map((f) => f.name)).toEqual(
      expect.arrayContaining(['轨道交通', '绿色能源', '银杏产业园']),
    );
    expect(names('统筹推进轨道交通、绿色能源等产业，助推银杏产业园提质。').map((f) => f.name)).not.toEqual(
      expect.arrayContaining(['统筹推进轨道交通']),
    );
  });

  it('closes a name before its brand or model, after 支撑 or 共建, and believes an industries’ 产业体系', () => {
    const found = draftEntities(
      '青溪县人才规划\n打造银杏中试基地和加速器品牌，推广云溪孵化平台模式，支撑传统制造业升级，引进共建高校研究院，紧扣以“三新”为引领的现代产业体系。\n',
    ).map((e) => e.name);
    expect(found).toEqual(
      expect.arrayContaining(['加速器', '云溪孵化平台', '传统制造业', '高校研究院', '现代产业体系']),
    );
    for (const long of ['支撑传统制造业', '共建高校研究院']) expect(found).not.toContain(long);
  });

  it('ends and starts a name on a word’s edge: not inside 孵化器, 工程师 or 大学生, not on the word joining a list', () => {
    const found = names(
      '搭建银杏人才孵化器站点，建设青溪工程师协同创新中心，新增就业大学生1万名，与青溪大学、云溪学院等高校合作，让市场平台服务人才。',
    );
    expect(found.map((f) => f.name)).toEqual(
      expect.arrayContaining(['银杏人才孵化器站点', '青溪工程师协同创新中心', '青溪大学', '云溪学院']),
    );
    expect(found.map((f) => f.name)).toContain('大学生');
    for (const cut of ['器站点', '青溪工程', '就业大学', '就业大学生', '与青溪大学', '市场平台服务人才'])
      expect(found.map((f) => f.name)).not.toContain(cut);
    // A run inside a longer name does not close before a word that opens a kind's ending (银杏人才 before 孵化器).
    const team = findNames('搭建银杏人才孵化器站点，建设。').find((f) => f.name === '银杏人才');
    expect(team?.confidence).toBeLessThan(0.5);
  });

  it('starts a name where the plan’s quotation of it starts, and trusts quoted names more', () => {
    const found = findNames('开展青年企业家“银杏”培育计划。').filter((f) => f.kind === 'PROGRAM');
    const [quoted, whole] = ['银杏培育计划', '青年企业家银杏培育计划'].map((name) =>
      found.find((f) => f.name === name),
    );
    expect(quoted?.confidence).toBeGreaterThan(whole?.confidence ?? 1);
    // People a program selects are that program's, not a team of their own; slogans are no team either.
    expect(
      names('认定青溪英才计划人才，紧扣“产业-人才”主线。').filter((f) => f.kind === 'TALENT_TEAM'),
    ).toEqual([]);
  });

  it('reads ASCII "…" and corner 「…」 quotation marks as the family’s “…”', () => {
    const curly = '深入实施“雏鹰领航”计划,推行“最多跑一次”改革,建设“银杏港”。';
    const read = (text: string) =>
      findNames(text).map(({ name, kind, start, end, confidence }) => ({
        name,
        kind,
        start,
        end,
        confidence,
      }));
    expect(read(curly).length).toBeGreaterThan(2);
    expect(read(curly.replace(/[“”]/g, '"'))).toEqual(read(curly));
    expect(read(curly.replace(/“/g, '「').replace(/”/g, '」'))).toEqual(read(curly));
  });

  it('reads an ASCII full stop typed for 。 as 。, in names and sentences, not the one in 1.2 or a .pdf', () => {
    const stops =
      '青溪县人才发展规划\n一、主要任务\n1.平台\n建设银杏创新港,集聚生物医药等产业人才1.2万名。引育高技能人才。\n附件.pdf\n';
    const ascii = stops.replace(/。/g, '.');
    const read = (text: string) =>
      findNames(text).map(({ name, kind, start, end, confidence }) => ({
        name,
        kind,
        start,
        end,
        confidence,
      }));
    expect(read(stops).length).toBeGreaterThan(1);
    expect(read(ascii)).toEqual(read(stops));
    expect(linksOf(ascii)).toEqual(linksOf(stops));
    expect(sentencesOf(ascii)).toEqual(sentencesOf(stops));
  });

  it('reads a plan in Traditional script on its fold to Simplified and quotes its own spellings', () => {
    const text = '深入實施“雛鷹領航計劃”，高水平建設青溪人才創新港，培育青溪工匠隊伍。';
    const found = names(text);
    expect(found).toEqual(
      expect.arrayContaining([
        { name: '雛鷹領航計劃', kind: 'PROGRAM', by: 'ENDING' },
        { name: '青溪人才創新港', kind: 'PLATFORM', by: 'ENDING' },
        { name: '青溪工匠', kind: 'TALENT_TEAM', by: 'ENDING' },
      ]),
    );
    for (const candidate of findNames(text)) {
      expect(text.slice(candidate.start, candidate.end).replace(/[“”]/gu, '')).toContain(candidate.name);
    }
  });

  it('leaves out what no curator keeps: counted restatements, a member run into its noun, the place before a bare word, fields, routine mechanisms', () => {
    const text = `青溪县人才发展“十四五”规划
一、主要任务
聚焦青溪产业,提升三大传统优势产业,发展智能装备、生物医药等产业。培养设计、智造等新业态人才,完善科技攻关、成果转化等功能性平台。
完善人才管理机制,健全人才工作运行机制,建立领衔专家奖励机制,深化人才发展体制机制改革。实施人才遴选举荐计划。
搭建人才平台,完善科创平台和人才服务平台,建设青溪科创服务平台。
`;
    const names = draftEntities(text).map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '智能装备',
        '生物医药',
        '新业态人才',
        '功能性平台',
        '领衔专家奖励机制',
        '人才遴选举荐计划',
      ]),
    );
    for (const generic of [
      '人才管理机制',
      '人才工作运行机制',
      '人才发展体制机制',
      '举荐计划',
      '人才平台',
      '科创平台',
      '人才服务平台',
      '青溪产业',
      '三大传统优势产业',
      '生物医药等产业',
      '设计',
      '智造',
      '科技攻关',
      '成果转化',
    ])
      expect(names).not.toContain(generic);
  });

  it('drafts a name once without the words the plan drops elsewhere: its own place, a team before a quoted name, praise', () => {
    const text = `青溪县人才发展“十四五”规划
一、主要任务
培育一批新生代企业家。深化推进新生代企业家“雏鹰培育计划”。完善青溪县高层次人才服务专员制度,深化高层次人才服务专员制度。聚焦数字经济“一号工程”。
引育青年人才。加大优秀青年人才培养力度。实施“硕博倍增计划”。
`;
    const entities = draftEntities(text);
    const names = entities.map((e) => e.name);
    // 优秀青年人才 is the 青年人才 the plan names, there too.
    expect(names).not.toContain('优秀青年人才');
    const young = entities.find((e) => e.name === '青年人才');
    expect(young?.places.map((p) => text.slice(p.start, p.end))).toEqual(['青年人才', '青年人才']);
    expect(
      draftRelations(text, entities, parseSections(text, '青溪县人才发展“十四五”规划')).map(
        ({ type, from, to }) => `${type} ${from} ${to}`,
      ),
    ).toContain('DEVELOPS 硕博倍增计划 青年人才');
    expect(names).toEqual(
      expect.arrayContaining(['雏鹰培育计划', '高层次人才服务专员制度', '数字经济一号工程']),
    );
    expect(names).not.toContain('新生代企业家雏鹰培育计划');
    expect(names).not.toContain('青溪县高层次人才服务专员制度');
    // The same with ASCII quotation marks.
    expect(draftEntities(text.replace(/[“”]/gu, '"')).map((e) => e.name)).toEqual(names);
  });

  it('finds a kind’s word standing alone as a name (省级众创空间20家, 吸引大学生), not inside a longer one', () => {
    const text = `青溪县人才发展“十四五”规划
一、主要任务
创建省级众创空间20家,吸引大学生、高校毕业生来青溪就业,建设科技企业孵化器。
`;
    const names = draftEntities(text).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['众创空间', '大学生', '科技企业孵化器']));
    expect(names).not.toContain('孵化器');
    // Before words that make no longer name it stands alone (海外院士回归); before a kind's word it does not.
    const found = findNames('鼓励海外院士回归,建立院士人才库。').filter((f) => f.name === '院士');
    expect(found.map((f) => f.start)).toEqual([4]);
  });

  it('finds the bodies a plan names by their word alone, a team of 骨干, an education group and a 中心 counted', () => {
    const text =
      '青溪县人才发展规划\n坚持市委统一领导,组织部门牵头抓总,鼓励猎头机构举荐人才。加大学科带头人、学科骨干和临床型人才的培养力度。打造青溪示范性职业教育集团。建有省级农业企业研发中心17家。\n';
    expect(draftEntities(text).map(({ name, kind }) => ({ name, kind }))).toEqual(
      expect.arrayContaining([
        { name: '市委', kind: 'INSTITUTION' },
        { name: '组织部门', kind: 'INSTITUTION' },
        { name: '猎头机构', kind: 'INSTITUTION' },
        { name: '学科骨干', kind: 'TALENT_TEAM' },
        { name: '青溪示范性职业教育集团', kind: 'PLATFORM' },
        { name: '农业企业研发中心', kind: 'PLATFORM' },
      ]),
    );
  });

  it('reads a name followed by the bare word 平台 as that name (“科创飞地”平台, 云溪学院平台), not a field’s platform', () => {
    const names = draftEntities(
      '青溪县人才发展规划\n依托青溪经验研究院、云溪学院平台,推动“科创飞地”平台孵化人才,围绕青溪智能产业平台集聚人才。\n',
    ).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['云溪学院', '科创飞地', '青溪智能产业平台']));
    for (const long of ['云溪学院平台', '科创飞地平台']) expect(names).not.toContain(long);
  });

  it('reads a goal named as a strategy (实施“人才强县”和“创新强县”首位战略) as the program that pursues it', () => {
    const found = draftEntities(
      '青溪县人才发展规划\n深入实施“人才强县”和“创新强县”首位战略,围绕人才强县、创新强县战略部署,打造科技创新强县。\n',
    ).map(({ name, kind }) => ({ name, kind }));
    expect(found).toEqual(
      expect.arrayContaining([
        { name: '人才强县', kind: 'PROGRAM' },
        { name: '创新强县', kind: 'PROGRAM' },
        { name: '科技创新强县', kind: 'GOAL' },
      ]),
    );
  });

  it('names a team without the word for its ranks, and reads past a heading’s numbering', () => {
    expect(names('(二)乡村振兴人才队伍\n')).toEqual([
      { name: '乡村振兴人才', kind: 'TALENT_TEAM', by: 'ENDING' },
    ]);
    // Two characters called ranks are a team (教师队伍); the bare word 人才 is not.
    expect(names('持续优化教师队伍建设,加强人才队伍建设。')).toEqual([
      { name: '教师', kind: 'TALENT_TEAM', by: 'ENDING' },
    ]);
  });

  it('finds names the curated plans already hold, of their kind, wherever the new text writes them', () => {
    const found = findNames('支持青溪英才计划和银杏港建设。', [
      { spelling: '银杏港', name: '银杏港', kind: 'PLATFORM' },
    ]);
    expect(found.filter((f) => f.by === 'KNOWN')).toEqual([
      { name: '银杏港', kind: 'PLATFORM', start: 9, end: 12, by: 'KNOWN', confidence: 0.9 },
    ]);
  });

  it('drafts a team or a platform counted at a level (国家级, 省级, 浙江省) as the one it names', () => {
    const text =
      '青溪县人才发展规划\n累计引进国家级领军人才52名、浙江省领军人才95名,建有省级企业技术中心25家。培育领军人才,建设企业技术中心。\n';
    const drafted = draftEntities(text);
    const names = drafted.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['领军人才', '企业技术中心']));
    for (const level of ['国家级领军人才', '浙江省领军人才', '省级企业技术中心'])
      expect(names).not.toContain(level);
    expect(drafted.find((e) => e.name === '领军人才')?.places).toHaveLength(3);
  });

  it('gathers a name’s places into one drafted entity, its offsets those of the text', () => {
    const text = '实施雏鹰领航计划。雏鹰领航计划每年遴选青年人才。';
    const [entity] = draftEntities(text).filter((e) => e.name === '雏鹰领航计划');
    expect(entity?.kind).toBe('PROGRAM');
    expect(entity?.places.map((p) => text.slice(p.start, p.end))).toEqual(['雏鹰领航计划', '雏鹰领航计划']);
  });

  it('drafts a name another plan curates as an alias under that plan’s name, one entity with both spellings', () => {
    const text = '做强银杏港。围绕银杏人才港、青溪创新园等平台集聚人才。';
    const known = [
      { spelling: '银杏港', name: '银杏港', kind: 'PLATFORM' as const },
      { spelling: '银杏人才港', name: '银杏港', kind: 'PLATFORM' as const },
    ];
    const ports = draftEntities(text, { known }).filter((e) => e.name.includes('港'));
    expect(ports.map((e) => e.name)).toEqual(['银杏港']);
    expect(ports[0]?.places.map((p) => text.slice(p.start, p.end))).toEqual(['银杏港', '银杏人才港']);
  });

  it('joins to a name the words before its 和 that run parallel to it or name a measure’s action, not two things', () => {
    const found = names(
      '聚焦文化事业和文化产业领军人才。开展青年工匠培育和技师引育行动,推进重点领域人才分类评价和同行评价改革,建设技术资源和研发平台。',
    ).map((f) => f.name);
    expect(found).toEqual(
      expect.arrayContaining([
        '文化事业和文化产业领军人才',
        '青年工匠培育和技师引育行动',
        '人才分类评价和同行评价改革',
      ]),
    );
    // The second half is no name of its own there; two things side by side are not one.
    for (const half of ['技师引育行动', '文化产业领军人才', '技术资源和研发平台'])
      expect(found).not.toContain(half);
    expect(found).toContain('研发平台');
  });

  it('reads a group whose members each have their part (以A为主导、B为特色的“X”产业) as an enumeration', () => {
    const text =
      '青溪县人才发展“十四五”规划\n一、主要任务\n布局以轨道交通为主导、生物医药为特色的“2+1”产业,要打破产业壁垒。\n';
    expect(names(text)).toEqual(
      expect.arrayContaining([
        { name: '轨道交通', kind: 'INDUSTRY', by: 'ENUMERATION' },
        { name: '生物医药', kind: 'INDUSTRY', by: 'ENUMERATION' },
      ]),
    );
    expect(linksOf(text)).toEqual(
      expect.arrayContaining([
        { type: 'IN_CATEGORY', from: '轨道交通', to: '2+1产业', by: 'ENUMERATION' },
        { type: 'IN_CATEGORY', from: '生物医药', to: '2+1产业', by: 'ENUMERATION' },
      ]),
    );
    // A modal before a verb leads to a name as the verb does: 要打破产业 names nothing.
    expect(draftEntities(text).map((e) => e.name)).not.toContain('要打破产业');
  });

  it('drafts links: an enumeration to its group, kinds one sentence pairs, a heading over its body, the plan’s bases', () => {
    const title = '青溪县人才发展“十四五”规划';
    const text = `${title}
根据《青溪县国民经济和社会发展第十四个五年规划纲要》,制定本规划。
一、主要任务
(一)青年技能人才队伍
深入实施雏鹰领航计划。
(二)产业平台
依托青溪人才创新港,在轨道交通、生物医药等战略性新兴产业集聚人才。
`;
    const entities = draftEntities(text);
    const links = draftRelations(text, entities, parseSections(text, title), title).map(
      ({ type, from, to, by }) => ({ type, from, to, by }),
    );
    expect(links).toEqual(
      expect.arrayContaining([
        { type: 'BASED_ON', from: title, to: '青溪县国民经济和社会发展第十四个五年规划纲要', by: 'SENTENCE' },
        { type: 'IN_CATEGORY', from: '轨道交通', to: '战略性新兴产业', by: 'ENUMERATION' },
        { type: 'IN_CATEGORY', from: '生物医药', to: '战略性新兴产业', by: 'ENUMERATION' },
        { type: 'SUPPORTS', from: '青溪人才创新港', to: '轨道交通', by: 'SENTENCE' },
        { type: 'DEVELOPS', from: '雏鹰领航计划', to: '青年技能人才', by: 'HEADING' },
        { type: 'PART_OF', from: '青溪人才创新港', to: '产业平台', by: 'HEADING' },
      ]),
    );
    // Each quote is the plan's own words.
    for (const link of draftRelations(text, entities, parseSections(text, title), title)) {
      for (const quote of link.quotes) expect(text).toContain(quote);
    }
  });

  it('reads a name heading over its body, a paragraph’s topic team over its programs and teams, 其中 lists, a program’s name, no pairs in the review', () => {
    const title = '青溪县人才发展“十四五”规划';
    const text = `${title}
一、发展基础
1.产业平台建设卓有成效
依托青溪人才创新港,在轨道交通、生物医药等战略性新兴产业集聚人才。
二、主要任务
(一)产业平台
推进青溪人才飞地建设。
(二)重点人才
重点推进高技能人才队伍建设。深入实施“金蓝领计划”,持续推动“工匠摇篮行动”,培育一批乡村工匠。
引进高层次人才50名,其中,顶尖人才5名、领军人才20名,新增高校毕业生1万名。
加大青年人才培养力度。实施“雏鹰领航计划”。
(三)服务保障
建立高技能人才服务专员联系制度,推进青年人才培育计划。
`;
    const links = linksOf(text);
    expect(links).toEqual(
      expect.arrayContaining([
        { type: 'PART_OF', from: '青溪人才飞地', to: '产业平台', by: 'HEADING' },
        { type: 'DEVELOPS', from: '金蓝领计划', to: '高技能人才', by: 'PARAGRAPH' },
        { type: 'DEVELOPS', from: '工匠摇篮行动', to: '高技能人才', by: 'PARAGRAPH' },
        { type: 'DEVELOPS', from: '雏鹰领航计划', to: '青年人才', by: 'PARAGRAPH' },
        { type: 'PART_OF', from: '乡村工匠', to: '高技能人才', by: 'PARAGRAPH' },
        { type: 'PART_OF', from: '顶尖人才', to: '高层次人才', by: 'ENUMERATION' },
        { type: 'PART_OF', from: '领军人才', to: '高层次人才', by: 'ENUMERATION' },
        { type: 'SERVES', from: '高技能人才服务专员联系制度', to: '高技能人才', by: 'NAME' },
        { type: 'DEVELOPS', from: '青年人才培育计划', to: '青年人才', by: 'NAME' },
      ]),
    );
    // 产业平台建设卓有成效 mentions a group; it does not name the section's subject.
    expect(links).not.toContainEqual(expect.objectContaining({ from: '青溪人才创新港', to: '产业平台' }));
    // The review recounts: a platform and an industry it names together are not read as a link.
    expect(links).not.toContainEqual(expect.objectContaining({ type: 'SUPPORTS', from: '青溪人才创新港' }));
    // A 其中 list ends with its clause.
    expect(links).not.toContainEqual(expect.objectContaining({ from: '高校毕业生', to: '高层次人才' }));
    // A paragraph's topic ends with it: the next paragraph's program is not the skilled workers'.
    expect(links).not.toContainEqual(expect.objectContaining({ from: '雏鹰领航计划', to: '高技能人才' }));
  });

  it('takes a team a sentence opens on (聚焦…人才,) as its paragraph’s topic, developed by the programs after it', () => {
    const text =
      '青溪县人才发展规划\n一、主要任务\n聚焦文化事业领军人才,推进人才培养开发。建立领衔专家奖励机制,健全名家工作室制度。\n';
    expect(linksOf(text)).toEqual(
      expect.arrayContaining([
        { type: 'DEVELOPS', from: '领衔专家奖励机制', to: '文化事业领军人才', by: 'PARAGRAPH' },
        { type: 'DEVELOPS', from: '名家工作室制度', to: '文化事业领军人才', by: 'PARAGRAPH' },
      ]),
    );
  });

  it('reads a paragraph that opens on a platform (聚焦…平台,) as about it: its platforms parts, its industries supported', () => {
    const text =
      '青溪县人才发展规划\n一、主要任务\n聚焦青溪协同发展平台,主动融入一体化布局。加快建设银杏创新港,统筹推进轨道交通、生物医药等新兴产业集群发展。\n打造云溪创新港。\n';
    const links = linksOf(text);
    expect(links).toEqual(
      expect.arrayContaining([
        { type: 'PART_OF', from: '银杏创新港', to: '青溪协同发展平台', by: 'PARAGRAPH' },
        { type: 'SUPPORTS', from: '青溪协同发展平台', to: '轨道交通', by: 'PARAGRAPH' },
      ]),
    );
    // The next paragraph is about something else.
    expect(links.filter((l) => l.from === '云溪创新港' || l.to === '云溪创新港')).toEqual([]);
  });

  it('reads a group named by its count (“两区一高地”) as the list of its kind that follows it, not a numeral in a word', () => {
    const text =
      '青溪县人才发展规划\n一、主要任务\n按照“两区一高地”谋划人才发展新定位,把青溪打造成为长三角人才协同示范区、浙江青年人才试验区、青溪智能制造人才高地。\n建设长三角一体化示范区,打造浙江人才改革试验区、数字人才服务示范区。\n';
    const links = linksOf(text);
    expect(links).toEqual(
      ['长三角人才协同示范区', '浙江青年人才试验区', '青溪智能制造人才高地'].map((from) => ({
        type: 'PART_OF',
        from,
        to: '两区一高地',
        by: 'ENUMERATION',
      })),
    );
  });

  it('reads a team heading over the industries its body names as whom the team serves', () => {
    const text =
      '青溪县人才发展规划\n一、主要任务\n(一)科技创新人才队伍\n精准引聚创新力强的顶尖人才,驱动传统产业升级。\n';
    expect(linksOf(text)).toContainEqual({
      type: 'SERVES',
      from: '科技创新人才',
      to: '传统产业',
      by: 'HEADING',
    });
  });

  it('trusts 依托 for what it names and the names listed with it, not for a name further on in its clause', () => {
    const title = '青溪县人才发展“十四五”规划';
    const text = `${title}
一、主要任务
依托青溪学院平台、青溪人才创新港,完善“青溪工匠培育计划”。依托龙头企业建立一批青溪科创平台,推进“金蓝领计划”。
`;
    const confidence = new Map(
      draftRelations(text, draftEntities(text), parseSections(text, title), title).map((l) => [
        `${l.type} ${l.from} ${l.to}`,
        l.confidence,
      ]),
    );
    expect(confidence.get('RELIES_ON 青溪工匠培育计划 青溪学院')).toBeCloseTo(0.6);
    expect(confidence.get('RELIES_ON 青溪工匠培育计划 青溪人才创新港')).toBeCloseTo(0.6);
    expect(confidence.get('RELIES_ON 金蓝领计划 青溪科创平台')).toBeCloseTo(0.4);
  });

  it('reads a platform heading over the industries, teams and universities its body names, and a list closed by a bare noun', () => {
    const title = '青溪县人才发展“十四五”规划';
    const text = `${title}
一、主要任务
形成以智能装备、生物医药为引领的战略性新兴产业。聚焦发展未来先导产业,在量子信息、空天技术等产业布局创新力量。
二、重点平台
(一)青溪人才创新港
在智能装备、生物医药等产业集聚青年人才。与青溪大学深化产学研合作。
三、重点人才
(一)青年人才队伍
深化青溪人才驿站建设。
`;
    const links = linksOf(text);
    expect(links).toEqual(
      expect.arrayContaining([
        { type: 'IN_CATEGORY', from: '智能装备', to: '战略性新兴产业', by: 'ENUMERATION' },
        { type: 'IN_CATEGORY', from: '生物医药', to: '战略性新兴产业', by: 'ENUMERATION' },
        { type: 'IN_CATEGORY', from: '量子信息', to: '未来先导产业', by: 'ENUMERATION' },
        { type: 'IN_CATEGORY', from: '空天技术', to: '未来先导产业', by: 'ENUMERATION' },
        { type: 'SUPPORTS', from: '青溪人才创新港', to: '智能装备', by: 'HEADING' },
        { type: 'DEVELOPS', from: '青溪人才创新港', to: '青年人才', by: 'HEADING' },
        { type: 'DEVELOPS', from: '青溪人才驿站', to: '青年人才', by: 'HEADING' },
        { type: 'PARTNERS_WITH', from: '青溪大学', to: '青溪人才创新港', by: 'HEADING' },
      ]),
    );
  });

  it('joins a list closed by a bare noun to the group named after it, and keeps a topic over a sentence listing its parts', () => {
    const title = '青溪县人才发展“十四五”规划';
    const text = `${title}
一、主要任务
完善青溪科创综合平台、青溪创新服务综合体等平台建设,提升“产业平台”运行成效。
切实加强医疗卫生人才队伍建设。加大学科带头人、学科骨干和临床型人才的培养力度。完善名医工作室建设。
打造“银杏岛”“云溪岛”等飞地平台。
`;
    const links = linksOf(text);
    expect(links).toEqual(
      expect.arrayContaining([
        { type: 'PART_OF', from: '青溪科创综合平台', to: '产业平台', by: 'ENUMERATION' },
        { type: 'PART_OF', from: '青溪创新服务综合体', to: '产业平台', by: 'ENUMERATION' },
        { type: 'PART_OF', from: '学科带头人', to: '医疗卫生人才', by: 'PARAGRAPH' },
        { type: 'PART_OF', from: '临床型人才', to: '医疗卫生人才', by: 'PARAGRAPH' },
        // The platforms a team's paragraph names develop it.
        { type: 'DEVELOPS', from: '名医工作室', to: '医疗卫生人才', by: 'PARAGRAPH' },
        // Quoted members with no 、 between them belong to the group each.
        { type: 'PART_OF', from: '银杏岛', to: '飞地平台', by: 'ENUMERATION' },
        { type: 'PART_OF', from: '云溪岛', to: '飞地平台', by: 'ENUMERATION' },
      ]),
    );
  });

  it('reads whom a team or a platform serves: a verb of service before an industry, 服务 or 联系 with a team in a name', () => {
    const text = `青溪县人才发展“十四五”规划
一、主要任务
引育一批顶尖人才。精准引聚创新力强的行业顶尖人才,驱动传统产业升级。建立高层次人才公共服务平台。引进高层次人才50名。
完善党政领导联系高层次人才制度。建立本土大学生人才库,吸引大学生。
`;
    // 行业顶尖人才 is the 顶尖人才 the plan names.
    expect(draftEntities(text).map((e) => e.name)).not.toContain('行业顶尖人才');
    expect(linksOf(text)).toEqual(
      expect.arrayContaining([
        { type: 'SERVES', from: '顶尖人才', to: '传统产业', by: 'SENTENCE' },
        { type: 'SERVES', from: '高层次人才公共服务平台', to: '高层次人才', by: 'NAME' },
        // 联系 before the team serves it too; a platform named for a team without 服务 develops it.
        { type: 'SERVES', from: '党政领导联系高层次人才制度', to: '高层次人才', by: 'NAME' },
        { type: 'DEVELOPS', from: '本土大学生人才库', to: '大学生', by: 'NAME' },
      ]),
    );
  });

  it('reads what a program relies on: the platform its heading names, what 依托 names in the next sentence', () => {
    const text = `青溪县人才发展“十四五”规划
一、重点平台
(一)人才数字化治理平台
健全人才数据共享机制。
二、重点人才
重点开展“乡村工匠培育计划”。依托青溪学院、青溪农业科创平台,培养一批乡村工匠。
`;
    expect(linksOf(text)).toEqual(
      expect.arrayContaining([
        { type: 'RELIES_ON', from: '人才数据共享机制', to: '人才数字化治理平台', by: 'HEADING' },
        { type: 'RELIES_ON', from: '乡村工匠培育计划', to: '青溪学院', by: 'PARAGRAPH' },
        { type: 'RELIES_ON', from: '乡村工匠培育计划', to: '青溪农业科创平台', by: 'PARAGRAPH' },
      ]),
    );
  });

  it('reads who leads the plan’s work: a body followed by 牵头 or 统一领导', () => {
    const title = '青溪县人才发展“十四五”规划';
    const text = `${title}
一、保障措施
(一)组织保障。县委人才办牵头制定规划任务分解和重大工程实施办法。
`;
    expect(linksOf(text)).toContainEqual({ type: 'LEADS', from: '县委人才办', to: title, by: 'SENTENCE' });
  });

  it('reads the institutions 依托 names as hosts of the platforms the sentence goes on to build', () => {
    const text = `青溪县人才发展“十四五”规划
一、主要任务
依托青溪学院、青溪师范大学,完善青溪乡村振兴研究智库建设。
`;
    const links = linksOf(text);
    expect(links).toEqual(
      expect.arrayContaining([
        { type: 'HOSTS', from: '青溪学院', to: '青溪乡村振兴研究智库', by: 'SENTENCE' },
        { type: 'HOSTS', from: '青溪师范大学', to: '青溪乡村振兴研究智库', by: 'SENTENCE' },
      ]),
    );
  });

  it('scores a draft against a curated dataset: exact spellings of the right kind, per kind', () => {
    const { dataset } = readDataset(fromRoot('data', 'plans', 'zhuji-2021'));
    if (dataset === undefined) throw new Error('the curated dataset does not read');
    const curated = curatedEntities(dataset);
    const scores = scoreNames(
      [
        { name: '精密制造', kind: 'INDUSTRY' },
        { name: '精密制造业', kind: 'INDUSTRY' }, // an alias of the same industry: right, found once
        { name: '精密制造', kind: 'PLATFORM' }, // the wrong kind
        { name: '不存在的平台', kind: 'PLATFORM' },
      ],
      curated,
    );
    const industry = scores.find((s) => s.kind === 'INDUSTRY');
    expect(industry).toMatchObject({ drafted: 2, correct: 2, found: 1, precision: 1 });
    expect(industry?.recall).toBeCloseTo(1 / (industry?.curated ?? 0), 5);
    expect(scores.find((s) => s.kind === 'PLATFORM')).toMatchObject({ drafted: 2, correct: 0, precision: 0 });
    expect(scores.find((s) => s.kind === 'ALL')).toMatchObject({ drafted: 4, correct: 2, found: 1 });
  });
});
