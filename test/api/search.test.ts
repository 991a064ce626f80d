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
    expect(await search('text: "人才", first: 5')).toEqual([
      ['人才码', '人才码'],
      ['人才管家', '人才管家'],
      ['人才强市', '人才强市'],
      ['人才资源', '人才资源'],
      ['人才集聚高地', '人才集聚高地'],
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

  it('treats Lucene syntax as text and refuses empty or oversized text', async () => {
    expect(await search('text: "\\"AND OR* (~)\\\\\\\\ / +-&&||!{}[]^:?"')).toEqual([]);
    for (const [args, message, argumentName] of [
      ['text: "  "', 'text must not be empty.', 'text'],
      [`text: "${'人'.repeat(101)}"`, 'text is longer than 100 characters.', 'text'],
      ['text: "人才", first: 0', 'first must be an integer from 1 to 100.', 'first'],
    ]) {
      expect(await api.execute(`{ search(${args}) { score } }`)).toMatchObject({
        data: null,
        errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argumentName } }],
      });
    }
  });
});
