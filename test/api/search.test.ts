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
