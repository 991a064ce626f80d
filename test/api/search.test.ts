import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

type Hit = { entity: { name: string; kind?: string }; score: number; matched: string | null };

describe('search', () => {
  const api = useApi();
  const search = async (args: string) => {
    const result = await api.execute(`{ search(${args}) { entity { name kind } score matched } }`);
    expect(result.errors).toBeUndefined();
    const hits = result.data?.['search'] as Hit[];
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    return hits.map((h) => [h.entity.name, h.matched]);
  };

  it('finds one-character and two-character queries (袜, 珍珠, 枫桥)', async () => {
    expect(await search('text: "袜"')).toEqual([
      ['时尚袜艺', '袜艺'],
      ['珍珠和袜艺时尚设计人才', '珍珠和袜艺时尚设计人才'],
    ]);
    expect(await search('text: "珍珠"')).toEqual([
      ['美丽珍珠', '珍珠'],
      ['珍珠和袜艺时尚设计人才', '珍珠和袜艺时尚设计人才'],
    ]);
    expect(await search('text: "枫桥"')).toEqual([
      ['枫桥学院', '枫桥学院'],
      ['枫桥经验教育培训体系', '枫桥经验教育培训体系'],
      ['浙江新时代枫桥经验研究院', '浙江新时代枫桥经验研究院'],
    ]);
  });

  it('matches aliases, NFKC forms and full names, exact names first', async () => {
    expect(await search('text: "时尚袜业"')).toEqual([['时尚袜艺', '时尚袜业']]);
    expect(await search('text: "Ｇ６０"')).toEqual([['G60诸暨创新港', 'G60诸暨创新港']]);
    expect((await search('text: "高层次人才"'))[0]).toEqual(['高层次人才', '高层次人才']);
    expect(await search('text: "规划", kinds: [PLAN]')).toEqual([['诸暨市人才发展“十四五”规划', '本规划']]);
  });

  it('ranks names starting with the text, closest in length first, and honours first and kinds', async () => {
    // 人才办 is 市委人才办's shortening (data/abbreviations.yaml): it starts with the text, so it ranks as a prefix.
    expect(await search('text: "人才", first: 5')).toEqual([
      ['人才码', '人才码'],
      ['市委人才办', '人才办'],
      ['人才管家', '人才管家'],
      ['人才强市', '人才强市'],
      ['人才资源', '人才资源'],
    ]);
    expect(await search('text: "平台", kinds: [TALENT_TEAM]')).toEqual([]);
    // 26 platforms of platforms.yaml have 平台 in their name or an alias.
    expect((await search('text: "平台", kinds: [PLATFORM], first: 100')).length).toBe(26);
  });

  it('ranks the same whatever first is: a page is the start of a longer one', async () => {
    const all = await search('text: "人才", first: 100');
    expect(all.length).toBeGreaterThan(20);
    for (const first of [1, 3, 10, 25])
      expect(await search(`text: "人才", first: ${first}`)).toEqual(all.slice(0, first));
    // Every name starting with 人才 outranks every name merely containing it.
    const starts = all.map(([, matched]) => (matched ?? '').startsWith('人才'));
    expect(starts.indexOf(false)).toBeGreaterThan(0);
    expect(starts.slice(starts.indexOf(false))).not.toContain(true);
  });

  it('finds through the cjk full-text index what is not spelt as typed: words apart, in another order, Latin case', async () => {
    // Neither text occurs literally in any spelling, so only the bigram index can find them.
    expect(await search('text: "G60 创新港"')).toEqual([['G60诸暨创新港', 'G60诸暨创新港']]);
    expect(await search('text: "创新港 诸暨"')).toContainEqual(['G60诸暨创新港', 'G60诸暨创新港']);
    expect(await search('text: "g60"')).toEqual([['G60诸暨创新港', 'G60诸暨创新港']]);
    const lookup = await api.execute('{ entity(name: "g60诸暨创新港") { name } }');
    expect(lookup.data).toEqual({ entity: { name: 'G60诸暨创新港' } });
  });

  // The everyday queries of issue 13, each with the entity it means and how it must match.
  const TYPED: readonly (readonly [string, string, string])[] = [
    ['數智安防', '数智安防', 'TRADITIONAL'],
    ['諸暨英才計劃', '诸暨英才计划', 'TRADITIONAL'],
    ['G60创新港', 'G60诸暨创新港', 'WORDS'],
    ['创新港诸暨', 'G60诸暨创新港', 'WORDS'],
    ['院士工作站', '院士(专家)工作站', 'ABBREVIATION'],
    ['院士 工作站', '院士(专家)工作站', 'WORDS'],
    ['家燕回巢计划', '家燕归巢计划', 'FUZZY'],
    ['新材料产业', '新材料', 'VARIANT'],
    ['珍珠产业', '美丽珍珠', 'VARIANT'],
    ['精密制造业', '精密制造', 'EXACT'],
    ['时尚袜业', '时尚袜艺', 'EXACT'],
    ['precision manufacturing', '精密制造', 'ENGLISH'],
    ['Precision Manufacturing', '精密制造', 'ENGLISH'],
    ['precision-manufacturing', '精密制造', 'VARIANT'],
    ['hosiery', '时尚袜艺', 'ENGLISH'],
    ['high-skilled talent', '高技能人才', 'ENGLISH'],
    ['333', '现代产业体系', 'CONTAINS'],
  ];

  it('finds what people type: Traditional script, no spaces, a slip, a suffix, English, the plan’s shorthand', async () => {
    for (const [text, name, how] of TYPED) {
      const result = await api.execute(
        `query ($text: String!) { search(text: $text, first: 3) { entity { name } how } }`,
        { text },
      );
      const hits = result.data?.['search'] as { entity: { name: string }; how: string }[];
      expect({ text, hit: hits.find((h) => h.entity.name === name) }).toEqual({
        text,
        hit: { entity: { name }, how },
      });
    }
  });

  it('finds names as people shorten them: an abbreviation, or the distinctive tail of a long name', async () => {
    const hits = async (text: string) => {
      const result = await api.execute(
        `query ($text: String!) { search(text: $text) { entity { name } matched how score } }`,
        { text },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.['search'];
    };
    expect(await hits('博士后站')).toEqual([
      { entity: { name: '博士后工作站' }, matched: '博士后站', how: 'ABBREVIATION', score: 110 },
      { entity: { name: '博士后' }, matched: '博士后', how: 'FUZZY', score: 1.9 },
    ]);
    // An exact shortening first; then the one that contains it, closer in length first.
    expect(await hits('经开区')).toEqual([
      { entity: { name: '诸暨经济开发区' }, matched: '经开区', how: 'ABBREVIATION', score: 110 },
      { entity: { name: '国家级经济开发区' }, matched: '国家级经开区', how: 'ABBREVIATION', score: 15 },
    ]);
    expect(await hits('海归小镇')).toEqual([
      { entity: { name: '欧美同学会海归小镇' }, matched: '海归小镇', how: 'ABBREVIATION', score: 110 },
    ]);
    expect(await hits('院士站')).toEqual([
      { entity: { name: '院士(专家)工作站' }, matched: '院士站', how: 'ABBREVIATION', score: 110 },
      { entity: { name: '院士' }, matched: '院士', how: 'FUZZY', score: 1.9 },
    ]);
    // The plan's own spelling is reported before a shortening that matches as well: 开发区 is its alias.
    expect((await hits('开发区')) as unknown[]).toContainEqual({
      entity: { name: '诸暨经济开发区' },
      matched: '开发区',
      how: 'EXACT',
      score: 110,
    });
  });

  it('ranks the bands as `how` orders them, and keeps the order whatever `first` is', async () => {
    const BANDS = ['EXACT', 'PREFIX', 'CONTAINS', 'TRADITIONAL', 'ENGLISH', 'VARIANT', 'WORDS', 'FUZZY'];
    const page = async (text: string, first: number, variants = true) => {
      const result = await api.execute(
        `query ($text: String!, $first: Int, $variants: Boolean) {
          search(text: $text, first: $first, variants: $variants) { entity { name } how score }
        }`,
        { text, first, variants },
      );
      return result.data?.['search'] as { entity: { name: string }; how: string; score: number }[];
    };
    for (const text of ['人才计划', '珍珠产业', '家燕回巢计划', '诸暨人才']) {
      const all = await page(text, 30);
      expect(all.length).toBeGreaterThan(0);
      // Lower bands only below higher ones: literal (10+), VARIANT (7–10), WORDS (3–7), FUZZY (below 3).
      const band = (how: string) => Math.max(2, BANDS.indexOf(how));
      const bands = all.map((h) => band(h.how));
      expect(bands).toEqual([...bands].sort((a, b) => a - b));
      for (const first of [1, 2, 3, 5, 8]) expect(await page(text, first)).toEqual(all.slice(0, first));
      // variants: false keeps the literal and full-text word matches only; for Chinese characters alone, the
      // word matches are the literal ones (the search skips the full-text pass): every literal hit of the page.
      const strict = await page(text, 30, false);
      expect(strict.every((h) => !['VARIANT', 'FUZZY'].includes(h.how))).toBe(true);
      expect(strict.map((h) => h.entity.name)).toEqual(
        all.filter((h) => !['VARIANT', 'WORDS', 'FUZZY'].includes(h.how)).map((h) => h.entity.name),
      );
    }
    // A near miss is only a near miss: two characters off in a short name is too far.
    expect((await page('家燕回巢', 10)).map((h) => h.entity.name)).not.toContain('家燕归巢计划');
  });

  it('looks up by an English name or Traditional characters, and shows the English name', async () => {
    const result = await api.execute(`{
      english: industry(name: "precision manufacturing") { name englishName }
      traditional: industry(name: "數智安防") { name englishName }
      program(name: "家燕归巢计划") { englishName }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['english']).toEqual({ name: '精密制造', englishName: 'Precision Manufacturing' });
    expect(result.data?.['traditional']).toMatchObject({ name: '数智安防' });
    expect((result.data?.['program'] as { englishName: string }).englishName).toMatch(/\S/);
  });

  it('treats Lucene syntax as text and refuses empty or oversized text', async () => {
    expect(await search('text: "\\"AND OR* (~)\\\\\\\\ / +-&&||!{}[]^:?"')).toEqual([]);
    for (const [args, message, argumentName] of [
      ['text: "  "', 'text must not be empty.', 'text'],
      [`text: "${'人'.repeat(101)}"`, 'text is longer than 100 characters.', 'text'],
      ['text: "人才", first: 0', 'first must be an integer from 1 to 100.', 'first'],
    ]) {
      expect(await api.execute(`{ search(${args}) { score } }`)).toMatchObject({
        data: { search: null },
        errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argumentName } }],
      });
    }
  });

  it('pages through every hit with searchResults: the same ranking, a totalCount, cursors', async () => {
    type Page = {
      totalCount: number;
      edges: { cursor: string; node: { entity: { name: string }; how: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };
    const page = async (text: string, first: number, after: string | null) => {
      const result = await api.execute(
        `query ($text: String!, $first: Int, $after: String) {
          searchResults(text: $text, first: $first, after: $after) {
            totalCount
            edges { cursor node { entity { name } how } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }`,
        { text, first, after },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.['searchResults'] as Page;
    };
    // 人才 is in more spellings than three pages hold: walk every page and compare with one long search.
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const current: Page = await page('人才', 30, after);
      total = current.totalCount;
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      names.push(...current.edges.map((e) => e.node.entity.name));
      after = current.pageInfo.endCursor;
      if (!current.pageInfo.hasNextPage) break;
    }
    expect(total).toBeGreaterThan(60);
    expect(names).toHaveLength(total);
    expect(new Set(names).size).toBe(total);
    const long = await api.execute('{ search(text: "人才", first: 100) { entity { name } } }');
    expect(names).toEqual(
      (long.data?.['search'] as { entity: { name: string } }[]).map((h) => h.entity.name),
    );
    // The lower bands follow the literal hits and count too; an answer of none is a count of 0.
    const slip = await page('家燕回巢计划', 10, null);
    expect(slip.totalCount).toBe(slip.edges.length);
    expect(slip.edges[0]?.node).toEqual({ entity: { name: '家燕归巢计划' }, how: 'FUZZY' });
    expect(await page('不存在的东西', 10, null)).toMatchObject({ totalCount: 0, edges: [] });
    // A cursor of another list, or none at all, is refused by name.
    for (const bad of ['not-a-cursor', Buffer.from('platforms\u0000x').toString('base64url')]) {
      expect(
        await api.execute(
          'query ($after: String) { searchResults(text: "人才", after: $after) { totalCount } }',
          {
            after: bad,
          },
        ),
      ).toMatchObject({
        data: { searchResults: null },
        errors: [{ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } }],
      });
    }
  });
});
