import type { Context } from '../graphql/context.js';
import { checkedCount, checkedText } from './arguments.js';
import type { EntityModel, SearchHitModel } from '../domain/models.js';
import type { QuerySearchArgs } from '../__generated__/resolvers-types.js';
import { queries } from '../db/queries.js';
import { normalizeName } from '../domain/normalize-name.js';
import { LIMITS } from '../domain/limits.js';

// Lucene's query syntax characters; each is escaped so user text is only ever text.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * Chinese search over names and aliases. Literal hits come first, ranked: an exact spelling, then a spelling
 * starting with the text, then one containing it; within each, the spelling closest in length to the text,
 * then the shorter name. They come from a substring match over every spelling (a text index), which also finds
 * what character bigrams cannot (袜). Below them, the cjk full-text index (bigrams) adds the names that hold the
 * text's words without spelling it as typed ("G60 创新港", 创新港 G60), ranked by Lucene's score. Every hit says
 * which spelling matched.
 */
export async function searchEntities(ctx: Context, args: QuerySearchArgs): Promise<SearchHitModel[]> {
  const text = checkedText(normalizeName(args.text), 'text', LIMITS.textLength);
  const first = checkedCount(args.first, 10, LIMITS.pageSize, 'first');
  const params = {
    kinds: args.kinds && args.kinds.length > 0 ? args.kinds : null,
    planId: args.plan ?? null,
  };
  // Note: the literal query ranks as this function does, so its top `first` are the answer's literal hits. When
  // it finds fewer, those are all there are, and the full-text query's top 2×first then hold at least
  // `first` others: enough to fill the page, with both queries in flight at once.
  const [literal, fulltext] = await Promise.all([
    ctx.db.read(queries.searchContains, { ...params, text, limit: first }),
    text.length >= 2
      ? ctx.db.read(queries.searchFulltext, { ...params, query: luceneQuery(text), limit: 2 * first })
      : Promise.resolve([]),
  ]);
  const hits: SearchHitModel[] = literal.map(({ entity }) => {
    const matched = literalSpelling(entity, text);
    return { entity, score: round(rankBoost(matched, text)), matched };
  });
  const seen = new Set(hits.map((hit) => hit.entity.id));
  for (const { entity, score } of fulltext) {
    if (hits.length >= first) break;
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    // Note: Lucene's score stays below the 10 a literal hit starts at, so it never outranks one.
    hits.push({ entity, score: round(Math.min(score, 9.999)), matched: wordsSpelling(entity, text) });
  }
  return hits;
}

/** One quoted phrase per whitespace-separated word, all required; every special character escaped. */
export function luceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`)
    .join(' AND ');
}

/** The spelling a literal hit matched: exact, else starting with the text, else containing it; the shortest. */
function literalSpelling(entity: EntityModel, text: string): string {
  const candidates = spellings(entity).filter(([normalized]) => normalized.includes(text));
  const rank = ([normalized]: readonly [string, string]) =>
    (normalized === text ? 0 : normalized.startsWith(text) ? 1 : 2) * 1000 + normalized.length;
  return candidates.sort((a, b) => rank(a) - rank(b))[0]?.[1] ?? entity.name;
}

/** The spelling holding the most of the text's words (ties: the shortest): what a full-text hit matched. */
function wordsSpelling(entity: EntityModel, text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const held = (normalized: string) => words.filter((word) => normalized.includes(word)).length;
  return (
    spellings(entity).sort(([a], [b]) => held(b) - held(a) || a.length - b.length)[0]?.[1] ?? entity.name
  );
}

/** Each name and alias, normalised and as written. */
function spellings(entity: EntityModel): [string, string][] {
  return [entity.name, ...entity.aliases].map((spelling) => [normalizeName(spelling), spelling]);
}

/** Exact spelling 110, a spelling starting with the text 50+, containing it 10+, plus up to 10 for closeness. */
function rankBoost(spelling: string, text: string): number {
  const normalized = normalizeName(spelling);
  const closeness = (10 * text.length) / normalized.length;
  if (normalized === text) return 100 + closeness;
  return (normalized.startsWith(text) ? 50 : 10) + closeness;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
