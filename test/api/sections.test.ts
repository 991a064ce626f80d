import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { useApi } from '../helpers/api.js';
import { withoutLocations } from '../helpers/execute.js';

const source = readFileSync(fromRoot('data', 'plans', 'zhuji-2021', 'zhuji-talent-plan-2021.txt'), 'utf8');

describe('sections and the plan', () => {
  const api = useApi();

  it('finds a section by path with its text, parent, children and plan', async () => {
    const result = await api.execute(`{
      section(path: "一/(一)/1") { id path title level start end text parent { path } children { path title } plan { id } }
      missing: section(path: "九/(九)") { path }
    }`);
    const section = result.data?.['section'] as { start: number; end: number; text: string };
    expect(withoutLocations(result)).toEqual({
      data: {
        section: {
          id: 'zhuji-2021:section:一/(一)/1',
          path: '一/(一)/1',
          title: '区域人才竞争彰显实力',
          level: 3,
          start: section.start,
          end: section.end,
          text: source.slice(section.start, section.end),
          parent: { path: '一/(一)' },
          children: [
            { path: '一/(一)/1/一是', title: '政策供给不断优化,政策质量不断提升' },
            { path: '一/(一)/1/二是', title: '人才发展生态优势日趋突出' },
          ],
          plan: { id: 'zhuji-2021' },
        },
        missing: null,
      },
      errors: [
        {
          message: 'No section path is "九/(九)" (path).',
          path: ['missing'],
          extensions: { code: 'NOT_FOUND', argumentName: 'path', suggestions: [] },
        },
      ],
    });
    expect(section.text.startsWith('1.区域人才竞争彰显实力。')).toBe(true);
  });

  it('lists a section’s mentions including its subsections’, nested ones only when asked', async () => {
    const result = await api.execute(`{
      section(path: "四/(三)") {
        all: mentions { text nested }
        top: mentions(nested: false) { text }
      }
    }`);
    const { all, top } = result.data?.['section'] as {
      all: { text: string; nested: boolean }[];
      top: { text: string }[];
    };
    expect(top.map((m) => m.text)).toEqual(all.filter((m) => !m.nested).map((m) => m.text));
    // 高技能人才培育计划 holds 高技能人才; 珍珠和袜艺时尚设计人才 holds 珍珠 (美丽珍珠) and 袜艺 (时尚袜艺).
    expect(all.filter((m) => m.nested).map((m) => m.text)).toEqual(['高技能人才', '珍珠', '袜艺']);
  });

  it('serves the plan as an entity with its metadata, sections and the exact source text', async () => {
    const result = await api.execute(`{
      plan(id: "zhuji-2021") { __typename kind name aliases title issuer documentNumber issuedOn periodStart periodEnd region sourceSha256 sections { path } text evidence { quote section { path } } plan { id } note }
      none: plan(id: "nowhere") { id }
    }`);
    expect(withoutLocations(result)).toEqual({
      data: {
        plan: {
          __typename: 'Plan',
          kind: 'PLAN',
          name: '诸暨市人才发展“十四五”规划',
          aliases: ['本规划', '“十四五”人才规划'],
          title: '诸暨市人才发展“十四五”规划',
          issuer: '诸暨市人民政府办公室',
          documentNumber: '诸政办发〔2021〕40号',
          issuedOn: '2021-10-12',
          periodStart: 2021,
          periodEnd: 2025,
          region: '诸暨市',
          sourceSha256: '1b83b25d0e4ab6e8d527a9cc68b321ee6c9464a9510a2fa4d0297fde15f49ceb',
          sections: ['通知', '序言', '一', '二', '三', '四', '五', '六', '七', '附件'].map((path) => ({
            path,
          })),
          text: source,
          evidence: [{ quote: '诸暨市人才发展“十四五”规划', section: { path: '序言' } }],
          plan: { id: 'zhuji-2021' },
          note: null,
        },
        none: null,
      },
      errors: [
        {
          message: 'No plan has the id "nowhere" (id). Did you mean: zhuji-2021?',
          path: ['none'],
          extensions: { code: 'NOT_FOUND', argumentName: 'id', suggestions: ['zhuji-2021'] },
        },
      ],
    });
  });

  it('finds every sentence that says a text word for word, quoted at its offsets in the deepest section', async () => {
    const result = await api.execute(`{
      g60: passages(text: "G60诸暨创新港") { quote start end section { path } }
      sock: passages(text: "袜", first: 100) { quote start end }
      none: passages(text: "不存在的说法") { quote }
      firstTwo: passages(text: "G60诸暨创新港", first: 2) { start }
    }`);
    expect(result.errors).toBeUndefined();
    type Passage = { quote: string; start: number; end: number; section?: { path: string } };
    const g60 = result.data?.['g60'] as Passage[];
    expect(g60.map((p) => p.section?.path)).toEqual(['一/(一)/3', '二/(三)/——3', '三/(二)', '五/(三)']);
    expect(g60.map((p) => p.quote)).toContain(
      '高水平建设G60诸暨创新港,高起点谋划建设高湖众创平台,高标准推动双创平台扩容提质,到2025年,创建高新技术特色小镇1个,力争创建国家级经济开发区(高新技术产业开发区),创建省级科技企业孵化器3家、省级众创空间20家',
    );
    const sock = result.data?.['sock'] as Passage[];
    for (const p of [...g60, ...sock]) expect(source.slice(p.start, p.end)).toBe(p.quote);
    // One passage per sentence saying 袜, in text order: as many as the text has such sentences.
    const sentences = source.split(/[。;；!！?？\n]/).filter((sentence) => sentence.includes('袜'));
    expect(sock.map((p) => p.quote)).toEqual(sentences.map((s) => s.trim()));
    expect(result.data?.['none']).toEqual([]);
    expect((result.data?.['firstTwo'] as unknown[]).length).toBe(2);
    expect(await api.execute('{ passages(text: " ") { quote } }')).toMatchObject({
      errors: [
        { message: 'text must not be empty.', extensions: { code: 'BAD_USER_INPUT', argumentName: 'text' } },
      ],
    });
  });
});
