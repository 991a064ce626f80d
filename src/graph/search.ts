import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { EntityKindValue, EntityModel, SearchHitModel } from '../models.js';
import { queries } from '../db/queries.js';
import { normalizeName } from './names.js';

const MAX_TEXT = 100;
const MAX_FIRST = 100;
// Lucene's query syntax characters; each is escaped so user text is only ever text.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * Chinese search over names and aliases. The cjk full-text index (character bigrams) finds texts of two or more
 * characters; a substring match over every spelling (a text index) finds what bigrams cannot — one character
 * (袜) — and anything else containing the text. Exact names rank first, then names starting with the text, then
 * names containing it; within each, spellings closer in length to the text first, full-text score breaking ties.
 */
export async function searchEntities(
  ctx: Context,
  args: {
    text: string;
    kinds?: readonly EntityKindValue[] | null;
    first?: number | null;
    plan?: string | null;
  },
): Promise<SearchHitModel[]> {
  const text = normalizeName(args.text);
  if (text === '') throw badUserInput('text must not be empty.', 'text');
  if (text.length > MAX_TEXT) throw badUserInput(`text is longer than ${MAX_TEXT} characters.`, 'text');
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw badUserInput(`first must be an integer from 1 to ${MAX_FIRST}.`, 'first');
  }
  const params = {
    kinds: args.kinds && args.kinds.length > 0 ? args.kinds : null,
    planId: args.plan ?? null,
    limit: first * 3,
  };
  const fulltext =
    text.length >= 2
      ? await ctx.db.read(queries.searchFulltext, { ...params, query: luceneQuery(text) })
      : [];
  // Note: for two or more characters the bigram index finds every name containing the text; the substring match
  // is needed only for one character, or when the index found less than a page (Latin fragments such as G6).
  const contains =
    fulltext.length >= params.limit ? [] : await ctx.db.read(queries.searchContains, { ...params, text });

  const hits = new Map<string, SearchHitModel>();
  const consider = (entity: EntityModel, relevance: number, matched: string | null) => {
    const spelling = bestSpelling(entity, text) ?? matched;
    // Note: Lucene's score grows with how often a bigram repeats in a name; capped, it only breaks ties.
    const score = round(Math.min(relevance, 5) + rankBoost(spelling, text));
    const previous = hits.get(entity.id);
    if (previous === undefined || previous.score < score)
      hits.set(entity.id, { entity, score, matched: spelling });
  };
  for (const { entity, score } of fulltext) consider(entity, score, null);
  for (const { entity, matched } of contains) consider(entity, 0, matched[0] ?? null);
  return [...hits.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.entity.name.length - b.entity.name.length ||
        (a.entity.id < b.entity.id ? -1 : 1),
    )
    .slice(0, first);
}

/** One quoted phrase per whitespace-separated word, all required; every special character escaped. */
export function luceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`)
    .join(' AND ');
}

/** The name or alias that contains the text (the shortest such), if any. */
function bestSpelling(entity: EntityModel, text: string): string | null {
  const spellings = [entity.name, ...entity.aliases].filter((s) => normalizeName(s).includes(text));
  return spellings.sort((a, b) => a.length - b.length)[0] ?? null;
}

/** Exact spelling 110, a spelling starting with the text 50+, containing it 10+, plus up to 10 for closeness. */
function rankBoost(spelling: string | null, text: string): number {
  if (spelling === null) return 0;
  const normalized = normalizeName(spelling);
  const closeness = (10 * text.length) / normalized.length;
  if (normalized === text) return 100 + closeness;
  return (normalized.startsWith(text) ? 50 : 10) + closeness;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
