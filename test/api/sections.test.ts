import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { useApi } from '../helpers/api.js';
import { withoutLocations } from '../helpers/execute.js';
import { testQueries } from '../helpers/test-queries.js';

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

  it('reads a chapter as the reader does: its sections, its sentences and the facts each sentence carries', async () => {
    // The sentence that states 诸暨经济开发区 SUPPORTS 数智安防 (and five more industries), wherever it is.
    const found = await api.execute(
      '{ passages(text: "以诸暨经济开发区为主平台", first: 1) { start end section { path } } }',
    );
    const [passage] = found.data?.['passages'] as { start: number; end: number; section: { path: string } }[];
    if (passage === undefined) throw new Error('the plan says 以诸暨经济开发区为主平台');
    const chapter = passage.section.path.split('/')[0] ?? '';
    const result = await api.execute(
      `query ($path: String!) { section(path: $path) { start end
        descendants { path level start }
        sentences { quote start end section { path } }
        facts { kind evidence { quote start end section { path } }
          relation { type basis from { name } to { name } } entity { name } indicator { name } observation { name } }
      } }`,
      { path: chapter },
    );
    expect(result.errors).toBeUndefined();
    type Quote = { quote: string; start: number; end: number; section: { path: string } };
    const section = result.data?.['section'] as {
      start: number;
      end: number;
      descendants: { path: string; level: number; start: number }[];
      sentences: Quote[];
      facts: {
        kind: string;
        evidence: Quote;
        relation: { type: string; basis: string; from: { name: string }; to: { name: string } } | null;
        entity: { name: string } | null;
        indicator: { name: string } | null;
        observation: { name: string } | null;
      }[];
    };
    // The chapter's table of contents: every section below it, in text order.
    expect(section.descendants.map((d) => d.path)).toContain(passage.section.path);
    for (const d of section.descendants) expect(d.path.startsWith(`${chapter}/`)).toBe(true);
    const starts = section.descendants.map((d) => d.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Its sentences are the plan's words, in order, one after another, each in the deepest section holding it.
    const sentences = section.sentences;
    expect(sentences.length).toBeGreaterThan(10);
    let previousEnd = section.start;
    for (const sentence of sentences) {
      expect(source.slice(sentence.start, sentence.end)).toBe(sentence.quote);
      expect(sentence.quote).not.toMatch(/[。；\n]/);
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = sentence.end;
    }
    expect(previousEnd).toBeLessThanOrEqual(section.end);
    const stated = sentences.find((s) => s.start <= passage.start && passage.start < s.end);
    expect(stated).toMatchObject({ start: passage.start, end: passage.end, section: passage.section });
    // Each fact is one quote in the chapter, in text order, and says what it supports.
    const facts = section.facts;
    for (const fact of facts) {
      expect(source.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.quote);
      expect(fact.evidence.start).toBeGreaterThanOrEqual(section.start);
      expect(fact.evidence.end).toBeLessThanOrEqual(section.end);
      const set = {
        LINK: fact.relation,
        ENTITY: fact.entity,
        INDICATOR: fact.indicator,
        OBSERVATION: fact.observation,
      };
      expect(
        Object.entries(set)
          .filter(([, value]) => value !== null)
          .map(([kind]) => kind),
      ).toEqual([fact.kind]);
    }
    const factStarts = facts.map((f) => f.evidence.start);
    expect(factStarts).toEqual([...factStarts].sort((a, b) => a - b));
    // The stated sentence carries the six links it states, each STATED.
    const carried = facts.filter(
      (f) => f.kind === 'LINK' && f.evidence.start >= passage.start && f.evidence.end <= passage.end,
    );
    const supports = carried
      .filter((f) => f.relation?.type === 'SUPPORTS' && f.relation.from.name === '诸暨经济开发区')
      .map((f) => [f.relation?.to.name, f.relation?.basis]);
    expect(supports).toEqual(
      expect.arrayContaining(
        ['数智安防', '现代环保', '新汽车', '航空航天', '智能制造', '生命健康'].map((to) => [to, 'STATED']),
      ),
    );
  });

  it('marks every quote of the plan once in the reader: the top sections’ facts are all the graph keeps', async () => {
    const result = await api.execute(
      '{ plan(id: "zhuji-2021") { sections { facts { kind evidence { start } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const facts = (result.data?.['plan'] as { sections: { facts: { kind: string }[] }[] }).sections.flatMap(
      (s) => s.facts,
    );
    const [kept] = await api.db.read(testQueries.quotesOfPlan, { planId: 'zhuji-2021' });
    expect(kept?.links).toBeGreaterThan(100);
    expect(facts.filter((f) => f.kind === 'LINK').length).toBe(kept?.links);
    expect(facts.filter((f) => f.kind !== 'LINK').length).toBe(kept?.own);
    expect(new Set(facts.map((f) => f.kind))).toEqual(
      new Set(['LINK', 'ENTITY', 'INDICATOR', 'OBSERVATION']),
    );
  });
});
