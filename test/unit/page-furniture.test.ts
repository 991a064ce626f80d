import { describe, expect, it } from 'vitest';
import { findPageFurniture } from '../../src/draft/page-furniture.js';
import { parseSections } from '../../src/import/parse/parse-sections.js';

describe('page furniture', () => {
  it('finds page numbers as copies set them, and short lines repeated on every page, but no heading or row', () => {
    const text = [
      '青溪县人才发展规划',
      '— 3 —',
      '- 4 -',
      '第5页 共12页',
      '6/12',
      'Page 7 of 12',
      '8',
      '一、总体要求',
      '一、总体要求',
      '一、总体要求',
      '| 指标 | 单位 |',
      '| 指标 | 单位 |',
      '| 指标 | 单位 |',
      '青溪县人民政府公报',
      '到2025年,人才总量达20万人。',
      '青溪县人民政府公报',
      '2025年',
      '青溪县人民政府公报',
    ].join('\n');
    expect(findPageFurniture(text).map((f) => [f.line, f.kind])).toEqual([
      [2, 'page number'],
      [3, 'page number'],
      [4, 'page number'],
      [5, 'page number'],
      [6, 'page number'],
      [7, 'page number'],
      [14, 'running head'],
      [16, 'running head'],
      [18, 'running head'],
    ]);
  });

  it('is no section of the plan: a page number that looks like a —— item is passed over', () => {
    const title = '青溪县人才发展“十四五”规划';
    const text = `${title}\n一、主要任务\n——做强平台。建设青溪人才港。\n——2——\n——壮大队伍。培育青溪工匠。`;
    expect(parseSections(text, title).map((s) => [s.path, s.title])).toEqual([
      ['序言', title],
      ['一', '主要任务'],
      ['一/——1', '做强平台'],
      ['一/——2', '壮大队伍'],
    ]);
  });
});
