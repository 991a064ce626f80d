import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../src/__generated__/schema-types.js';
import type { AbbreviationTable } from '../../src/import/compile/read-abbreviations.js';
import { shortNames } from '../../src/import/compile/short-names.js';
import { normalizeName } from '../../src/domain/normalize-name.js';
import type { EntityRecord } from '../../src/import/plan-records.js';

const TABLE: AbbreviationTable = {
  abbreviations: [
    { full: ['经济开发区'], short: ['经开区', '开发区'] },
    { full: ['科技创新'], short: ['科创'] },
    { full: ['院士(专家)工作站', '院士工作站'], short: ['院士站'] },
  ],
  qualifiers: ['欧美同学会', '市委'],
  boundAfter: ['籍'],
};

const entity = (name: string, aliases: string[] = [], kind: EntityKind = 'PLATFORM'): EntityRecord => ({
  id: name,
  kind,
  name,
  aliases,
  props: {},
  evidence: [],
});

/** The shortenings of each entity, given every entity's own names (as compile-entities resolves them). */
function shorten(entities: EntityRecord[]): Record<string, string[]> {
  const byName = new Map(
    entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [normalizeName(n), e] as const)),
  );
  const made = shortNames(entities, TABLE, '诸暨市', (name) => byName.get(normalizeName(name)));
  return Object.fromEntries([...made].filter(([, list]) => list.length > 0));
}

describe('shortNames', () => {
  it('swaps listed words both ways, in the name and its aliases, and drops a leading qualifier or the region', () => {
    expect(
      shorten([
        entity('诸暨经济开发区', ['开发区']),
        entity('欧美同学会海归小镇'),
        entity('院士(专家)工作站'),
        entity('市委人才办', [], 'INSTITUTION'),
        entity('诸暨市国民经济纲要', [], 'POLICY'),
        entity('诸暨市人才规划', [], 'PLAN'),
      ]),
    ).toEqual({
      诸暨经济开发区: ['经开区', '经济开发区', '诸暨开发区', '诸暨经开区'],
      欧美同学会海归小镇: ['海归小镇'],
      '院士(专家)工作站': ['院士工作站', '院士站'],
      市委人才办: ['人才办'],
      诸暨市国民经济纲要: ['国民经济纲要'],
    });
  });

  it('leaves out a shortening that two entities would get, or that is already another entity’s name', () => {
    expect(
      shorten([
        entity('诸暨海归小镇'),
        entity('欧美同学会海归小镇'),
        entity('科创综合平台'),
        entity('科技创新综合平台'),
        entity('科创飞地'),
      ]),
    ).toEqual({ 科创飞地: ['科技创新飞地'] });
  });

  it('keeps no tail under three characters, nor one bound to the place before it', () => {
    expect(shorten([entity('诸暨工匠'), entity('诸暨籍人才资料库'), entity('诸暨岛')])).toEqual({});
  });
});
