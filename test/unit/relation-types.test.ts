import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, STRUCTURAL_RELATION_TYPES } from '../../src/domain/vocabulary.js';
import { cypherText } from '../../src/db/cypher-file.js';
import { fromRoot } from '../../src/paths.js';

// Cypher cannot take a relationship-type list as a parameter and still let the planner expand only those types,
// so every statement that walks between entities names the curated list as {{curatedTypes}}, put in from the
// vocabulary when the file loads (src/db/cypher-file.ts). This reads every statement, in every area of cypher/,
// as Neo4j gets it, and holds every other type list to the vocabulary.

const CURATED = RELATION_TYPES.join('|');
const VOCABULARY: ReadonlySet<string> = new Set([...RELATION_TYPES, ...STRUCTURAL_RELATION_TYPES]);

/**
 * Alternations that pick some curated types on purpose (a filter on one relationship, not a walk): any other
 * list of two or more types must be the whole curated list.
 */
const SELECTIONS = [
  'bench/bench-parameters.cypher DEVELOPS|SERVES|RELIES_ON',
  // The floor's rows with parts walk the same hierarchy as our lists (below).
  'bench/floor-b1-parts.cypher IN_CATEGORY|PART_OF',
  'bench/floor-b2-parts.cypher IN_CATEGORY|PART_OF',
  'bench/floor-b2-parts.cypher IN_CATEGORY|PART_OF',
  // The hierarchy below an entity (its parts, and what is IN_CATEGORY below a category), whose links its lists
  // take in.
  ...[
    'entities-by-names',
    'industries-count',
    'industries-page',
    'platforms-count',
    'platforms-page',
    'programs-count',
    'programs-page',
    'ranking',
    'related-counts',
    'related-in',
    'related-out',
    'talent-teams-count',
    'talent-teams-page',
    'unlinked-by-entity',
  ].map((file) => `read/${file}.cypher IN_CATEGORY|PART_OF`),
  'read/programs-count.cypher DEVELOPS|SERVES',
  'read/programs-page.cypher DEVELOPS|SERVES',
  'read/talent-teams-count.cypher DEVELOPS|SERVES',
  'read/talent-teams-page.cypher DEVELOPS|SERVES',
];

interface TypeList {
  readonly file: string;
  /** The types as written, in order; `$(…)` for a dynamic type. */
  readonly types: readonly string[];
}

function cypherFiles(dir = ''): string[] {
  return readdirSync(fromRoot('cypher', dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return cypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

// A comment or a string literal, whichever starts first (so `//` inside a string stays part of the string).
const NOT_CODE = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g;

/** The statement without comments and string literals, so only Cypher is read. */
function code(text: string): string {
  return text.replace(NOT_CODE, ' ');
}

// A relationship pattern (it always follows `-` or `<-`) with a type: `-[r:A|B*..6 {…}]->`, `<-[:A]-`.
const PATTERN = /-\s*\[\s*(?:[A-Za-z_]\w*)?\s*:\s*([^\]\s{*]+)/g;

/** Every relationship-type list in the file, and the text left once they are cut out. */
function typeLists(file: string): { file: string; text: string; lists: TypeList[]; rest: string } {
  const text = code(cypherText(file.replace(/\.cypher$/, '')));
  const lists = [...text.matchAll(PATTERN)].map((match) => ({
    file,
    types: (match[1] ?? '').split(/\|:?/),
  }));
  return { file, text, lists, rest: text.replace(PATTERN, ' ') };
}

const files = cypherFiles();
const scanned = files.map(typeLists);
const lists = scanned.flatMap((s) => s.lists);
const curatedLists = lists.filter((list) =>
  list.types.some((t) => (RELATION_TYPES as readonly string[]).includes(t)),
);

describe('relationship types in cypher/', () => {
  it('reads every area, and every statement that walks the curated list names it once, as {{curatedTypes}}', () => {
    expect(new Set(files.map((file) => file.split('/')[0]))).toEqual(
      new Set(['schema', 'import', 'read', 'export', 'bench', 'test']),
    );
    const copy = new RegExp(`:${CURATED.replaceAll('|', '\\|')}(?![|\\w])`, 'g');
    // No file spells the list out by hand: it is written once, in the vocabulary.
    const byHand = files.filter(
      (file) => readFileSync(fromRoot('cypher', file), 'utf8').match(copy) !== null,
    );
    expect(byHand).toEqual([]);
    // Each list the loaded text holds is one this test parsed as a pattern (31 in 16 files when written).
    const written = scanned.map(({ file, text }) => `${file} ${text.match(copy)?.length ?? 0}`);
    const parsed = scanned.map(
      ({ file, lists }) => `${file} ${lists.filter((list) => list.types.join('|') === CURATED).length}`,
    );
    expect(parsed).toEqual(written);
    expect(curatedLists.filter((list) => list.types.join('|') === CURATED).length).toBeGreaterThan(0);
  });

  it('writes no relationship type outside a pattern this test reads', () => {
    const stray = scanned.flatMap(({ file, rest }) =>
      [...rest.matchAll(/\b[A-Z][A-Z0-9_]*\b/g)]
        .map(([word]) => word)
        .filter((word) => VOCABULARY.has(word))
        .map((word) => `${file} ${word}`),
    );
    expect(stray).toEqual([]);
  });

  it('spells every list of curated types as RELATION_TYPES, in its order, unless it is a listed selection', () => {
    const differing = curatedLists
      .filter((list) => list.types.length > 1 && list.types.join('|') !== CURATED)
      .map((list) => `${list.file} ${list.types.join('|')}`);
    expect(differing.filter((list) => !SELECTIONS.includes(list))).toEqual([]);
    // A selection that is gone from its file is stale here.
    expect(SELECTIONS.filter((selection) => !differing.includes(selection))).toEqual([]);
  });

  it('names only types the vocabulary has (RELATION_TYPES and STRUCTURAL_RELATION_TYPES)', () => {
    const unknown = lists.flatMap((list) =>
      list.types
        // Only import/relations-create.cypher takes its type from a parameter, checked against RELATION_TYPES.
        .filter((type) => !type.startsWith('$(') && !VOCABULARY.has(type))
        .map((type) => `${list.file} ${type}`),
    );
    expect(unknown).toEqual([]);
  });

  it('lists as structural exactly the types the importer creates besides the curated ones', () => {
    const created = lists
      .filter((list) => /^import\/.*-create\.cypher$/.test(list.file))
      .flatMap((list) => list.types)
      .filter((type) => !type.startsWith('$(') && !(RELATION_TYPES as readonly string[]).includes(type));
    expect(new Set(created)).toEqual(new Set(STRUCTURAL_RELATION_TYPES));
  });
});
