import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boxParameters, cypherText, parametersFor } from '../../src/db/cypher-file.js';
import { queries } from '../../src/db/queries.js';
import { fromRoot } from '../../src/paths.js';

describe('the query registry', () => {
  // cypher/bench/ and cypher/test/ belong to the benchmark and the tests, registered there.
  it('declares every cypher/{schema,import,read,export}/*.cypher file exactly once, and nothing else', () => {
    const files = ['schema', 'import', 'read', 'export']
      .flatMap((area) =>
        readdirSync(fromRoot('cypher', area))
          .filter((name) => name.endsWith('.cypher'))
          .map((name) => `${area}/${name.replace(/\.cypher$/, '')}`),
      )
      .sort();
    const declared = Object.values(queries)
      .map((query) => query.name)
      .sort();
    expect(declared).toEqual(files);
  });
});

describe("a read statement's parameters", () => {
  it('travel in one map, but those a string predicate compares with', () => {
    const { text, byName } = boxParameters(cypherText('read/search'));
    expect([...byName].sort()).toEqual(['stem', 'text', 'variant']);
    expect(text).toContain(
      'WHERE n.value CONTAINS $stem AND ($args.planId IS NULL OR n.planId = $args.planId)',
    );
    expect(text).toContain(
      "db.index.fulltext.queryNodes('name_words', $args.fulltext, {limit: $args.candidates})",
    );
    expect(text).not.toMatch(/\$(?!args\b|text\b|stem\b|variant\b)\w/);
  });

  it('are sent as the statement reads them, for every registered read', () => {
    const sent = parametersFor(queries.search, {
      text: '珍珠',
      stem: '珍珠',
      shortStem: null,
      limit: 10,
      bandLimit: 30,
      fulltext: null,
      candidates: 200,
      parts: null,
      maxEdits: 0,
      variant: null,
      kinds: null,
      planId: 'zhuji-2021',
    });
    expect(Object.keys(sent).sort()).toEqual(['args', 'stem', 'text', 'variant']);
    expect(sent['args']).toMatchObject({ planId: 'zhuji-2021', kinds: null, limit: 10 });
    for (const query of Object.values(queries)) {
      const reads = query.name.startsWith('read/');
      expect(query.byName !== undefined, query.name).toBe(reads);
      // A read names no parameter outside the map but those it compares as strings.
      for (const [, name] of query.text.matchAll(/\$(\w+)/g))
        if (reads)
          expect(name === 'args' || query.byName?.has(name ?? ''), `${query.name}: $${name}`).toBe(true);
    }
  });
});
