import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndicatorTable } from '../../src/import/parse/parse-indicator-table.js';
import { parseSections } from '../../src/import/parse/parse-sections.js';
import { fromRoot } from '../../src/paths.js';

const TITLE = '诸暨市人才发展“十四五”规划';
const text = readFileSync(fromRoot('data', 'plans', 'zhuji-2021', 'zhuji-talent-plan-2021.txt'), 'utf8');
const sections = parseSections(text, TITLE);

describe('parseSections', () => {
  it('finds the whole section tree of the plan, in document order', () => {
    expect(sections.map((s) => [s.path, s.title])).toEqual([
      ['通知', '诸暨市人民政府办公室关于印发诸暨市人才发展“十四五”规划的通知'],
      ['序言', '诸暨市人才发展“十四五”规划'],
      ['一', '发展基础与面临形势'],
      ['一/(一)', '发展基础'],
      ['一/(一)/1', '区域人才竞争彰显实力'],
      ['一/(一)/1/一是', '政策供给不断优化,政策质量不断提升'],
      ['一/(一)/1/二是', '人才发展生态优势日趋突出'],
      ['一/(一)/2', '重点人才队伍量质并举'],
      ['一/(一)/3', '创新平台建设卓有成效'],
      ['一/(一)/4', '人才综合效益稳步增强'],
      ['一/(一)/一是', '人才队伍存在结构性短缺'],
      ['一/(一)/二是', '人才平台承载力有待提升'],
      ['一/(一)/三是', '人才资源开发投入有待加强'],
      ['一/(一)/四是', '人才发展生态有待完善'],
      ['一/(二)', '面临机遇与挑战'],
      ['一/(二)/一是', '新发展格局带来新机遇'],
      ['一/(二)/二是', '区域一体化带来新契机'],
      ['一/(二)/三是', '后疫情时代国际竞争带来新变局'],
      ['一/(二)/四是', '高水平全域创新体系建设带来新挑战'],
      ['二', '指导思路、基本原则和主要目标'],
      ['二/(一)', '指导思想'],
      ['二/(二)', '基本原则'],
      ['二/(二)/——1', '坚持政治引领,战略统筹'],
      ['二/(二)/——2', '坚持问题导向,精准施策'],
      ['二/(二)/——3', '坚持市场引导,以用为本'],
      ['二/(二)/——4', '坚持分层分类,整体推进'],
      ['二/(二)/——5', '坚持开放合作,多元共治'],
      ['二/(三)', '主要目标'],
      ['二/(三)/——1', '人才总量稳步增长,人才素质显著提升'],
      ['二/(三)/——2', '人才结构更趋合理,人才效能逐步增强'],
      ['二/(三)/——3', '人才平台不断完善,创新资源加速集聚'],
      ['二/(三)/——4', '人才政策持续突破,人才生态日益完善'],
      ['二/(三)/表1', '诸暨市“十四五”时期人才发展主要指标'],
      ['三', '主要任务'],
      ['三/(一)', '以高素质人才引领建设新时代'],
      ['三/(二)', '以高能级平台引育产业新人才'],
      ['三/(三)', '以高品质生态优化人才新发展'],
      ['四', '重点人才队伍建设'],
      ['四/(一)', '科技创新人才队伍'],
      ['四/(二)', '经营管理人才队伍'],
      ['四/(三)', '高技能人才队伍'],
      ['四/(四)', '社会事业人才队伍'],
      ['四/(五)', '社会治理人才队伍'],
      ['五', '重点平台建设'],
      ['五/(一)', '产业人才集聚平台'],
      ['五/(二)', '应用科研人才集聚平台'],
      ['五/(三)', '人才一体化发展平台'],
      ['五/(四)', '人才数字化治理平台'],
      ['五/(五)', '人力资源服务平台'],
      ['六', '人才发展体制机制创新'],
      ['六/(一)', '加强有效人才政策供给,推动人才政策的含金量和实效性不断提升'],
      ['六/(二)', '完善市场化、社会化的人才工作全链条,加强开放式人才环境制度建设'],
      ['六/(三)', '建立常态化人才管理与服务工作机制,延伸人才服务触角'],
      ['七', '保障措施'],
      ['七/(一)', '组织保障'],
      ['七/(二)', '实施保障'],
      ['七/(三)', '经费保障'],
      ['七/(四)', '舆论保障'],
      ['附件', '40 关于印发诸暨市人才发展“十四五”规划的通知.pdf'],
    ]);
  });

  it('gives offsets at which each section’s own text starts, inside its parent', () => {
    const byPath = new Map(sections.map((s) => [s.path, s]));
    for (const s of sections) {
      const body = text.slice(s.start, s.end);
      expect(body.length).toBeGreaterThan(0);
      expect(body).toBe(body.trim());
      if (s.parentPath !== null) {
        const parent = byPath.get(s.parentPath);
        expect(parent && parent.start <= s.start && s.end <= parent.end).toBe(true);
      }
    }
    expect(
      text.slice(byPath.get('五/(一)')?.start).startsWith('(一)产业人才集聚平台\n以诸暨经济开发区为主平台'),
    ).toBe(true);
    expect(text.slice(byPath.get('一/(一)/1/二是')?.start).startsWith('二是人才发展生态优势日趋突出。')).toBe(
      true,
    );
  });

  it('reads chapters and sections numbered 第一章 and 第一节, or 一. where the text is typed with ASCII punctuation', () => {
    const outline = (text: string) => parseSections(text, TITLE).map((s) => [s.path, s.title]);
    const expected = [
      ['序言', TITLE],
      ['一', '发展基础'],
      ['一/(一)', '人才总量'],
      ['二', '主要任务'],
      ['二/(一)', '平台建设'],
      ['二/(二)', '队伍建设'],
    ];
    const body = (chapter: (n: string) => string, section: (n: string) => string) =>
      `${TITLE}\n${chapter('一')}发展基础\n${section('一')}人才总量\n全市人才总量稳步增长。\n${chapter('二')}主要任务\n` +
      `${section('一')}平台建设\n建设人才港。\n${section('二')}队伍建设\n培育工匠。`;
    expect(
      outline(
        body(
          (n) => `第${n}章 `,
          (n) => `第${n}节 `,
        ),
      ),
    ).toEqual(expected);
    expect(
      outline(
        body(
          (n) => `${n}.`,
          (n) => `(${n})`,
        ),
      ),
    ).toEqual(expected);
    expect(
      outline(
        body(
          (n) => `${n}、`,
          (n) => `（${n}）`,
        ),
      ),
    ).toEqual(expected);
  });

  it('refuses a text without the title line or chapters', () => {
    expect(() => parseSections('一、总则\n正文', TITLE)).toThrow(
      `the plan title "${TITLE}" is not a line of the text`,
    );
    expect(() => parseSections(`${TITLE}\n正文`, TITLE)).toThrow(
      'no chapter heading (一、… or 第一章…) after the title line',
    );
  });
});

describe('parseIndicatorTable', () => {
  const table = sections.find((s) => s.path === '二/(三)/表1');

  it('reads all 19 rows of 主要指标 from the text, including continued categories and "/"', () => {
    if (table === undefined) throw new Error('no table');
    const rows = parseIndicatorTable(text, table).map(({ start: _s, end: _e, ...row }) => row);
    const row = (category: string, name: string, unit: string, baseline: number | null, target: number) => ({
      category,
      name,
      unit,
      baseline,
      baselineYear: 2020,
      target,
      targetYear: 2025,
    });
    expect(rows).toEqual([
      row('人才总量', '人才资源总量', '万人', 32.2, 39),
      row('人才总量', '党政人才', '万人', 0.42, 0.46),
      row('人才总量', '经营管理人才', '万人', 7.04, 8.63),
      row('人才总量', '专业技术人才', '万人', 10.75, 12.2),
      row('人才总量', '高技能人才', '万人', 10.04, 13.5),
      row('人才总量', '农村实用人才', '万人', 3.87, 3.88),
      row('人才总量', '社会工作专业人才', '万人', 0.08, 0.33),
      row('人才引育', '引进培育国家和省级领军人才', '人', 147, 247),
      row('人才引育', '引进领军型创新创业团队', '个', 4, 19),
      row('人才引育', '年均新增就业大学生', '万人', 1.39, 2),
      row('人才引育', '新引进博士后', '人', 27, 65),
      row('人才结构', '每万名劳动力中研发人员数', '人年', 115, 185),
      row('人才结构', '专业技术人才高级职称比例', '%', 9.5, 12),
      row('人才结构', '高技能人才占技能劳动者比例', '%', 33, 37),
      row('人才效能', '科技贡献率', '%', 65, 70),
      row('人才效能', '每万人高价值发明专利拥有量', '件', 4.63, 10),
      row('人才效能', '高新技术产业增加值占规上工业比重', '%', 43.6, 52),
      row('人才效能', '全员劳动生产率年均增长', '%', 5.13, 6.5),
      row('人才效能', '人力资本投资占地区生产总值比例', '%', null, 20),
    ]);
  });

  it('reads a continued category written as an empty first cell, with or without a leading |', () => {
    const other = `${TITLE}\n一、目标\n主要指标\n| 一级指标 | 二级指标 | 单位 | 2020年基期数 | 2025年目标 |\n| 人才总量 | 人才资源总量 | 万人 | 10 | 12 |\n|  | 高技能人才 | 万人 | / | 3 |\n人才引育 | 新引进博士后 | 人 | 5 | 9 |\n | 引进领军型创新创业团队 | 个 | 1 | 2 |`;
    const parsed = parseSections(other, TITLE).find((s) => s.path === '一/表1');
    if (parsed === undefined) throw new Error('no table');
    expect(parseIndicatorTable(other, parsed).map((r) => [r.category, r.name, r.baseline, r.target])).toEqual(
      [
        ['人才总量', '人才资源总量', 10, 12],
        ['人才总量', '高技能人才', null, 3],
        ['人才引育', '新引进博士后', 5, 9],
        ['人才引育', '引进领军型创新创业团队', 1, 2],
      ],
    );
  });

  it('reads a table set with tabs or aligned spaces (ASCII or full-width), as Word and PDF copies set them', () => {
    const rows = [
      ['一级指标', '二级指标', '单位', '2020年基期数', '2025年目标'],
      ['人才总量', '人才资源总量', '万人', '10', '12'],
      ['', '高技能人才', '万人', '/', '3'],
      ['人才引育', '新引进博士后', '人', '5', '9'],
    ];
    const expected = [
      ['人才总量', '人才资源总量', 10, 12],
      ['人才总量', '高技能人才', null, 3],
      ['人才引育', '新引进博士后', 5, 9],
    ];
    const layouts = {
      tabs: rows.map((cells) => cells.join('\t')),
      spaces: rows.map((cells) => cells.join('    ')),
      'full-width spaces': rows.map((cells) => `\u3000\u3000${cells.filter(Boolean).join('\u3000\u3000')}`),
    };
    for (const [layout, lines] of Object.entries(layouts)) {
      const other = `${TITLE}\n一、目标\n主要指标\n${lines.join('\n')}\n到2025年,人才资源总量达到12万人。`;
      const sections = parseSections(other, TITLE);
      const parsed = sections.find((s) => s.path === '一/表1');
      if (parsed === undefined) throw new Error(`no table set with ${layout}`);
      // The prose after the table is not a row.
      expect(other.slice(parsed.start, parsed.end).trimEnd().endsWith('9'), layout).toBe(true);
      expect(
        parseIndicatorTable(other, parsed).map((r) => [r.category, r.name, r.baseline, r.target]),
        layout,
      ).toEqual(expected);
    }
  });

  it('reads columns by the header, passing over others (属性), with a dash for no baseline', () => {
    const other = `${TITLE}\n一、目标\n主要指标\n| 一级指标 | 二级指标 | 单位 | 2020年基期 | 2025年目标 | 属性 |\n| 人才总量 | 人才资源总量 | 万人 | 10 | 12 | 预期性 |\n|  | 高技能人才 | 万人 | — | 3 | 约束性 |\n二、项目\n重点项目表\n| 项目 | 地点 |\n| 人才公寓 | 城东 |`;
    const sections = parseSections(other, TITLE);
    const indicators = sections.find((s) => s.path === '一/表1');
    const projects = sections.find((s) => s.path === '二/表1');
    if (indicators === undefined || projects === undefined) throw new Error('no tables');
    expect(
      parseIndicatorTable(other, indicators).map((r) => [r.category, r.name, r.unit, r.baseline, r.target]),
    ).toEqual([
      ['人才总量', '人才资源总量', '万人', 10, 12],
      ['人才总量', '高技能人才', '万人', null, 3],
    ]);
    // A table that is not about indicators (no unit, baseline or target column) gives no rows and no error.
    expect(parseIndicatorTable(other, projects)).toEqual([]);
  });

  it('reports a row it cannot read instead of skipping it', () => {
    const bad = `${TITLE}\n一、目标\n主要指标\n一级指标 | 二级指标 | 单位 | 2020年 基期数 | 2025年目标 |\n人才总量 | 人才资源总量 | 万人 | 三十 | 39 |`;
    const parsed = parseSections(bad, TITLE).find((s) => s.path === '一/表1');
    if (parsed === undefined) throw new Error('no table');
    expect(() => parseIndicatorTable(bad, parsed)).toThrow(
      'table 一/表1: cannot read row "人才总量 | 人才资源总量 | 万人 | 三十 | 39 |"',
    );
  });
});
