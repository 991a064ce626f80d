import type { Context } from './context.js';
import { checkedCount, checkedText } from './arguments.js';
import type { ConnectionModel, EntityModel, SearchHitModel } from '../domain/models.js';
import type { SearchRow } from '../db/queries.js';
import { decodePosition, encodeCursor } from './pages.js';
import type { QuerySearchArgs, QuerySearchResultsArgs, SearchMatch } from '../__generated__/schema-types.js';
import { queries } from '../db/queries.js';
import { editDistance } from './edit-distance.js';
import { isTraditional, normalizeName } from '../domain/normalize-name.js';
import { LIMITS } from '../domain/limits.js';
import { requireKnownPlan } from './unknown-values.js';

// Lucene's query syntax characters; each is escaped so user text is only ever text.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

// Generic endings people add to or drop from the plan's names (精密制造业, 新材料产业, 珍珠产业), longest first.
const GENERIC_SUFFIXES = ['产业', '人才', '队伍', '平台', '计划', '工程', '行动', '体系', '业'];

// Chinese characters and nothing else (no space, Latin, digit or punctuation), as the cjk analyzer pairs them.
const HAN_ONLY = /^\p{Script=Han}+$/u;

// The full-text spellings a search sorts into its lower bands: Lucene's best, a fixed number (search.cypher).
const FULLTEXT_CANDIDATES = 200;

// Texts longer than this are not cut into words (the cuts grow with the length; nobody types a long name unspaced).
const MAX_CUT_LENGTH = 24;

/**
 * Search as people type. Literal hits come first, ranked: an exact spelling, then a spelling starting with the
 * text, then one containing it; within each, the spelling closest in length to the text, then the shorter name.
 * They come from a substring match over every spelling, folded (NFKC, Traditional → Simplified, Latin case), in
 * a text index, which also finds what character bigrams cannot (袜). When they do not fill the page, lower bands
 * follow: the text without a generic suffix (VARIANT), its words apart or cut where no space was typed (WORDS:
 * the cjk full-text index's bigram phrases, and the cuts), then near misses (FUZZY: edit distance at most 1, or
 * 2 from six characters, over the names sharing a bigram with the text). Every hit says which spelling matched
 * and how. A band is fetched whole for its part of the page, so `first` never changes the order.
 */
export async function searchEntities(ctx: Context, args: QuerySearchArgs): Promise<SearchHitModel[]> {
  const first = checkedCount(args.first, 10, LIMITS.pageSize, 'first');
  const hits = await rankedHits(ctx, args, first);
  // No hit at all may come from an unknown plan: that is the caller's slip, not an empty answer.
  if (hits.length === 0) await requireKnownPlan(ctx, args.plan);
  return hits;
}

/**
 * The same ranking a page at a time, with the number of hits in all (at most `LIMITS.searchHits`). Note: the
 * cursor is a position in the ranking, not a keyset: a ranking has no key to seek by, and it is computed whole
 * (it is small) for each page, so a later page costs what the first does.
 */
export async function searchPage(
  ctx: Context,
  args: QuerySearchResultsArgs,
): Promise<ConnectionModel<SearchHitModel>> {
  const size = checkedCount(args.first, 10, LIMITS.pageSize, 'first');
  const start = args.after == null ? 0 : decodePosition('search', args.after) + 1;
  const hits = await rankedHits(ctx, args, LIMITS.searchHits);
  if (hits.length === 0) await requireKnownPlan(ctx, args.plan);
  const edges = hits
    .slice(start, start + size)
    .map((node, i) => ({ cursor: encodeCursor('search', String(start + i)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + size < hits.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => Promise.resolve(hits.length),
  };
}

type SearchArgs = Pick<QuerySearchArgs, 'text' | 'kinds' | 'plan' | 'variants'>;

/** The best `wanted` hits, every band asked in one statement. */
async function rankedHits(ctx: Context, args: SearchArgs, wanted: number): Promise<SearchHitModel[]> {
  const text = checkedText(normalizeName(args.text), 'text', LIMITS.textLength);
  const variants = args.variants !== false;
  const variantText = variants ? withoutSuffix(text) : null;
  const length = Array.from(text).length;
  // Note: the literal band ranks as this function does, so its top `wanted` are the answer's literal hits. When
  // it finds fewer, those are all there are, and each lower band, asked for 2×wanted, holds at least `wanted`
  // others: enough to fill the page.
  const parts = variants ? partsOf(text) : null;
  const longStem = variantText !== null && text.includes(variantText) && variantText.length >= 3;
  const maxEdits = length >= 6 ? 2 : length >= 3 ? 1 : 0;
  const [row] = await ctx.db.read(queries.search, {
    kinds: args.kinds && args.kinds.length > 0 ? args.kinds : null,
    planId: args.plan ?? null,
    text,
    // A suffix dropped leaves a part of the text, found by the same scan of the text index. Note: below three
    // characters that index has no trigram to seek by and scans every spelling (2 ms here), so a two-character
    // stem (珍珠产业 → 珍珠) is asked of the full-text index, where it is one bigram. A key's hyphens read as
    // spaces leave no part of the text: found among the full-text candidates.
    stem: longStem ? variantText : text,
    shortStem:
      variantText !== null && !longStem && text.includes(variantText) ? luceneQuery(variantText) : null,
    limit: wanted,
    bandLimit: Math.max(30, 2 * wanted),
    // With variants, any of the text's bigrams (or Latin words): the candidates every lower band is sorted from.
    // Without, the typed words as phrases; but a text of Chinese characters alone is one phrase of its bigrams,
    // found in a spelling exactly where the text is, so the literal band already holds every such hit.
    fulltext:
      length < 2 || (!variants && HAN_ONLY.test(text)) ? null : variants ? escape(text) : luceneQuery(text),
    candidates: FULLTEXT_CANDIDATES,
    parts,
    maxEdits,
    variant: variantText,
  });
  if (row === undefined) return [];
  const traditional = isTraditional(args.text);
  const hits = row.literal.map((entity): SearchHitModel => {
    const matched = literalSpelling(entity, text);
    const how: SearchMatch = isEnglish(entity, matched)
      ? 'ENGLISH'
      : traditional
        ? 'TRADITIONAL'
        : isShortName(entity, matched)
          ? 'ABBREVIATION'
          : literalClass(normalizeName(matched), text);
    return { entity, score: round(rankBoost(matched, text)), matched, how };
  });
  if (hits.length >= wanted) return hits;
  const seen = new Set(hits.map((hit) => hit.entity.id));
  const below =
    parts !== null ? lowerBands(text, variantText, parts, maxEdits, row) : phraseHits(text, row.candidates);
  for (const hit of below) {
    if (hits.length >= wanted) break;
    if (seen.has(hit.entity.id)) continue;
    seen.add(hit.entity.id);
    hits.push(hit);
  }
  return hits;
}

/** Without variants, every full-text hit (all the typed words, as phrases) is a WORDS hit. */
function phraseHits(text: string, candidates: SearchRow['candidates']): SearchHitModel[] {
  return byScore(
    candidates.map(({ entity }) => {
      const matched = wordsSpelling(entity, text);
      return { entity, score: wordsScore(text, matched), matched, how: 'WORDS' };
    }),
  );
}

/**
 * The hits below the literal ones, best first: VARIANT 7–10 (a suffix dropped, or a key's hyphens as spaces),
 * WORDS 3–7 (every typed word, or both parts of the text cut where no space was typed, in one spelling, scored
 * by how much of it they fill), FUZZY below 3 (edit distance at most 1, or 2 from six characters). The
 * full-text candidates share a bigram or word with the text; those in no band are dropped.
 */
function lowerBands(
  text: string,
  variantText: string | null,
  parts: readonly (readonly string[])[],
  maxEdits: number,
  row: SearchRow,
): SearchHitModel[] {
  const hits: SearchHitModel[] = [];
  const variantHit = (entity: EntityModel): SearchHitModel | null => {
    if (variantText === null) return null;
    const matched = literalSpelling(entity, variantText);
    if (!normalizeName(matched).includes(variantText)) return null;
    // 7 + up to 3 for closeness: below every literal hit (10+), above the word bands.
    return { entity, score: round(7 + rankBoost(matched, variantText) / 40), matched, how: 'VARIANT' };
  };
  for (const entity of row.variant) {
    const hit = variantHit(entity);
    if (hit !== null) hits.push(hit);
  }
  for (const { entity } of row.candidates) {
    const variant = variantHit(entity);
    if (variant !== null) {
      hits.push(variant);
      continue;
    }
    const held = partsSpelling(entity, parts);
    if (held !== null) {
      hits.push({ entity, score: wordsScore(text, held), matched: held, how: 'WORDS' });
      continue;
    }
    if (maxEdits === 0) continue;
    const near = spellings(entity)
      .map(([normalized, spelling]) => ({ spelling, distance: editDistance(text, normalized, maxEdits) }))
      .filter(({ distance }) => distance <= maxEdits)
      .sort((a, b) => a.distance - b.distance || a.spelling.length - b.spelling.length)[0];
    if (near !== undefined)
      hits.push({ entity, score: round(2.9 - near.distance), matched: near.spelling, how: 'FUZZY' });
  }
  return byScore(hits);
}

/** How much of the matched spelling the typed words fill, in 3–7. */
function wordsScore(text: string, matched: string): number {
  const typed = Array.from(text.replace(/\s+/g, '')).length;
  const fill = Math.min(1, typed / Array.from(normalizeName(matched).replace(/\s+/g, '')).length);
  return round(3 + 4 * fill - 0.001);
}

function byScore(hits: SearchHitModel[]): SearchHitModel[] {
  return hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.entity.name.length - b.entity.name.length ||
      (a.entity.id < b.entity.id ? -1 : 1),
  );
}

/** One quoted phrase per whitespace-separated word, all required; every special character escaped. */
export function luceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${escape(word)}"`)
    .join(' AND ');
}

function escape(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The text without a generic suffix, or a key's hyphens as spaces; null when neither applies. */
function withoutSuffix(text: string): string | null {
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(text)) return text.replace(/-/g, ' ');
  const suffix = GENERIC_SUFFIXES.find((s) => text.endsWith(s) && Array.from(text).length - s.length >= 2);
  return suffix === undefined ? null : text.slice(0, -suffix.length);
}

/** The typed words when there are several, else the cuts of the text: what a WORDS hit must hold all of. */
function partsOf(text: string): string[][] {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 1 ? [words] : cutsOf(text);
}

/** Every cut of an unspaced text into two words of two or more characters (G60创新港 → [G60, 创新港], …). */
function cutsOf(text: string): string[][] {
  const chars = Array.from(text);
  if (/\s/.test(text) || chars.length < 4 || chars.length > MAX_CUT_LENGTH) return [];
  const cuts: string[][] = [];
  for (let i = 2; i <= chars.length - 2; i++)
    cuts.push([chars.slice(0, i).join(''), chars.slice(i).join('')]);
  return cuts;
}

function literalClass(spelling: string, text: string): SearchMatch {
  return spelling === text ? 'EXACT' : spelling.startsWith(text) ? 'PREFIX' : 'CONTAINS';
}

function isEnglish(entity: EntityModel, spelling: string): boolean {
  return entity.englishName != null && spelling === entity.englishName && spelling !== entity.name;
}

/** Whether the spelling is a shortening the importer added (经开区), not one the plan writes. */
function isShortName(entity: EntityModel, spelling: string): boolean {
  return entity.shortNames?.includes(spelling) === true && !ownSpellings(entity).includes(spelling);
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

/** The shortest spelling holding every word of one of `parts` (the typed words, or a cut); null if none. */
function partsSpelling(entity: EntityModel, parts: readonly (readonly string[])[]): string | null {
  const holds = (normalized: string) => parts.some((words) => words.every((w) => normalized.includes(w)));
  return (
    spellings(entity)
      .filter(([normalized]) => holds(normalized))
      .sort(([a], [b]) => a.length - b.length)[0]?.[1] ?? null
  );
}

/**
 * Each name, alias, English name and shortening, normalised and as written; the plan's own first, so that of two
 * spellings ranked alike the plan's is the one reported.
 */
function spellings(entity: EntityModel): [string, string][] {
  return [...ownSpellings(entity), ...(entity.shortNames ?? [])].map((spelling) => [
    normalizeName(spelling),
    spelling,
  ]);
}

function ownSpellings(entity: EntityModel): string[] {
  return [entity.name, ...entity.aliases, ...(entity.englishName == null ? [] : [entity.englishName])];
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
