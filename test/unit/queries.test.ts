import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
