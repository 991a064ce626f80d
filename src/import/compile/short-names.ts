import type { EntityRecord } from '../plan-records.js';
import { normalizeName } from '../../domain/normalize-name.js';
import type { ResolveName } from './compile-entities.js';
import type { AbbreviationTable } from './read-abbreviations.js';

// A tail shorter than this says too little to name one thing (诸暨工匠 is not 工匠).
const MIN_TAIL = 3;

// The most spellings one name yields (a name holding many listed words multiplies them).
const MAX_VARIANTS = 64;

/**
 * The shortenings of each entity's names that people use (简称), folded as names are: the name or an alias
 * without a leading qualifier (欧美同学会海归小镇 → 海归小镇), and every spelling with a listed word swapped for
 * another of its entry (诸暨经济开发区 → 诸暨经开区; 博士后工作站 → 博士后站). A shortening that is already a
 * spelling of some entity (the plan's own names win), or that two entities would get, is left out: it would
 * name something else, or nothing in particular. The plan itself gets none. Keyed by entity id, each sorted.
 */
export function shortNames(
  entities: readonly EntityRecord[],
  table: AbbreviationTable,
  region: string,
  resolve: ResolveName,
): Map<string, string[]> {
  const swap = swapper(table);
  const dropTail = tailer(table, region);
  const made = new Map<string, Set<string>>();
  const owners = new Map<string, number>();
  for (const entity of entities) {
    if (entity.kind === 'PLAN') continue;
    const own = new Set([entity.name, ...entity.aliases].map(normalizeName));
    const bases = [...own, ...[...own].flatMap(dropTail)];
    const spellings = new Set(bases.flatMap((base) => [base, ...swap(base)]));
    for (const spelling of own) spellings.delete(spelling);
    for (const spelling of spellings) {
      if (resolve(spelling) !== undefined) spellings.delete(spelling);
      else owners.set(spelling, (owners.get(spelling) ?? 0) + 1);
    }
    made.set(entity.id, spellings);
  }
  const result = new Map<string, string[]>();
  for (const [id, spellings] of made)
    result.set(id, [...spellings].filter((s) => owners.get(s) === 1).sort());
  return result;
}

/** Every spelling with each listed word swapped for another word of its entry (all combinations, capped). */
function swapper(table: AbbreviationTable): (spelling: string) => string[] {
  const entryOf = new Map<string, readonly string[]>();
  for (const { full, short } of table.abbreviations) {
    const words = [...new Set([...full, ...short].map(normalizeName))];
    for (const word of words) entryOf.set(word, words);
  }
  const longestFirst = [...entryOf.keys()].sort((a, b) => b.length - a.length);
  return (spelling) => {
    // The spelling cut into literal stretches and listed words, the longest listed word at each point.
    const pieces: (readonly string[])[] = [];
    let literal = '';
    for (let i = 0; i < spelling.length;) {
      const word = longestFirst.find((w) => spelling.startsWith(w, i));
      if (word === undefined) {
        literal += spelling[i] ?? '';
        i += 1;
        continue;
      }
      if (literal !== '') pieces.push([literal]);
      literal = '';
      pieces.push(entryOf.get(word) ?? [word]);
      i += word.length;
    }
    if (literal !== '') pieces.push([literal]);
    let variants = [''];
    for (const choices of pieces)
      variants = variants.flatMap((v) => choices.map((c) => v + c)).slice(0, MAX_VARIANTS);
    return variants.filter((v) => v !== spelling);
  };
}

/** The spelling without a leading qualifier or the plan's region, when what is left can stand as a name. */
function tailer(table: AbbreviationTable, region: string): (spelling: string) => string[] {
  const place = normalizeName(region);
  const bare = place.replace(/[省市县区]$/, '');
  const qualifiers = [...new Set([...table.qualifiers.map(normalizeName), place, bare])]
    .filter((q) => Array.from(q).length >= 2)
    .sort((a, b) => b.length - a.length);
  const bound = table.boundAfter.map(normalizeName);
  return (spelling) => {
    const qualifier = qualifiers.find((q) => spelling.startsWith(q));
    if (qualifier === undefined) return [];
    const tail = spelling.slice(qualifier.length);
    return Array.from(tail).length >= MIN_TAIL && !bound.some((b) => tail.startsWith(b)) ? [tail] : [];
  };
}
