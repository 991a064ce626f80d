import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedIndexes } from '../../src/db/graph-schema.js';
import { fromRoot } from '../../src/paths.js';

/** The name every `CREATE … CONSTRAINT|INDEX <name>` statement in cypher/schema/ declares. */
function declaredNames(): string[] {
  const dir = fromRoot('cypher', 'schema');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .flatMap((file) => {
      const match = /^CREATE (?:CONSTRAINT|(?:TEXT |FULLTEXT )?INDEX) (\w+) IF NOT EXISTS/m.exec(
        readFileSync(`${dir}/${file}`, 'utf8'),
      );
      return match?.[1] === undefined ? [] : [match[1]];
    });
}

describe('expectedIndexes', () => {
  it('names every index and constraint that cypher/schema/ creates, and nothing else', () => {
    expect([...expectedIndexes].sort()).toEqual(declaredNames().sort());
  });
});
