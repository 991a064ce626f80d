import type { Context } from '../graphql/context.js';
import { checkedCount, checkedText } from './arguments.js';
import type { EntityModel, SearchHitModel } from '../domain/models.js';
import type { QuerySearchArgs, SearchMatch } from '../__generated__/resolvers-types.js';
import { queries } from '../db/queries.js';
import { editDistance } from '../domain/edit-distance.js';
import { isTraditional, normalizeName } from '../domain/normalize-name.js';
import { LIMITS } from '../domain/limits.js';

// Lucene's query syntax characters; each is escaped so user text is only ever text.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

// Generic endings people add to or drop from the plan's names (精密制造业, 新材料产业, 珍珠产业), longest first.
const GENERIC_SUFFIXES = ['产业', '人才', '队伍', '平台', '计划', '工程', '行动', '体系', '业'];

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
  const text = checkedText(normalizeName(args.text), 'text', LIMITS.textLength);
  const first = checkedCount(args.first, 10, LIMITS.pageSize, 'first');
  const params = {
    kinds: args.kinds && args.kinds.length > 0 ? args.kinds : null,
    planId: args.plan ?? null,
  };
  const traditional = isTraditional(args.text);
  const variants = args.variants !== false;
  // Note: the literal query ranks as this function does, so its top `first` are the answer's literal hits. When
  // it finds fewer, those are all there are, and each lower band's query, asked for 2×first, holds at least
  // `first` others: enough to fill the page, with every query in flight at once.
  // Note: awaited together, so a failure of either (Neo4j down) rejects once, leaving no rejection unhandled.
  const [literalRows, words] = await Promise.all([
    ctx.db.read(queries.searchContains, { ...params, text, limit: first }),
    text.length >= 2
      ? ctx.db.read(queries.searchFulltext, { ...params, query: luceneQuery(text), limit: 2 * first })
      : Promise.resolve([]),
  ]);
  const literal = literalRows.map(({ entity }): SearchHitModel => {
    const matched = literalSpelling(entity, text);
    const how: SearchMatch = isEnglish(entity, matched)
      ? 'ENGLISH'
      : traditional
        ? 'TRADITIONAL'
        : literalClass(normalizeName(matched), text);
    return { entity, score: round(rankBoost(matched, text)), matched, how };
  });
  const below = literal.length < first ? await lowerBands(ctx, text, params, first, variants, words) : [];
  const hits = [...literal];
  const seen = new Set(hits.map((hit) => hit.entity.id));
  for (const hit of below) {
    if (hits.length >= first) break;
    if (seen.has(hit.entity.id)) continue;
    seen.add(hit.entity.id);
    hits.push(hit);
  }
  return hits;
}

type Params = { kinds: readonly string[] | null; planId: string | null };

/** The hits below the literal ones, best first: VARIANT 7–10, WORDS 3–7, FUZZY below 3. */
async function lowerBands(
  ctx: Context,
  text: string,
  params: Params,
  first: number,
  variants: boolean,
  fulltext: readonly { entity: EntityModel; score: number }[],
): Promise<SearchHitModel[]> {
  const limit = 2 * first;
  const variantText = variants ? withoutSuffix(text) : null;
  const cuts = variants ? cutsOf(text) : [];
  const [variantRows, cutRows, similarRows] = await Promise.all([
    variantText === null
      ? Promise.resolve([])
      : ctx.db.read(queries.searchContains, { ...params, text: variantText, limit }),
    cuts.length === 0
      ? Promise.resolve([])
      : ctx.db.read(queries.searchWords, { ...params, splits: cuts, limit }),
    variants && Array.from(text).length >= 3
      ? ctx.db.read(queries.searchFulltext, {
          ...params,
          query: bigramQuery(text),
          limit: Math.max(30, limit),
        })
      : Promise.resolve([]),
  ]);
  const hits: SearchHitModel[] = [];
  for (const { entity } of variantRows) {
    const matched = literalSpelling(entity, variantText ?? text);
    // 7 + up to 3 for closeness: below every literal hit (10+), above the word bands.
    hits.push({
      entity,
      score: round(7 + rankBoost(matched, variantText ?? text) / 40),
      matched,
      how: 'VARIANT',
    });
  }
  for (const { entity, score } of fulltext) {
    // Lucene's relevance squeezed into 3–7.
    hits.push({
      entity,
      score: round(3 + (4 * score) / (score + 1)),
      matched: wordsSpelling(entity, text),
      how: 'WORDS',
    });
  }
  for (const { entity } of cutRows) {
    const matched = cutSpelling(entity, cuts);
    // How much of the spelling the typed words fill, in 3–7.
    const fill = Math.min(1, Array.from(text).length / Array.from(normalizeName(matched)).length);
    hits.push({ entity, score: round(3 + 4 * fill - 0.001), matched, how: 'WORDS' });
  }
  const maxEdits = Array.from(text).length >= 6 ? 2 : 1;
  for (const { entity } of similarRows) {
    const near = spellings(entity)
      .map(([normalized, spelling]) => ({ spelling, distance: editDistance(text, normalized, maxEdits) }))
      .filter(({ distance }) => distance <= maxEdits)
      .sort((a, b) => a.distance - b.distance || a.spelling.length - b.spelling.length)[0];
    if (near !== undefined)
      hits.push({ entity, score: round(2.9 - near.distance), matched: near.spelling, how: 'FUZZY' });
  }
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

/** The text's bigrams, any of them (Lucene's default OR): the candidates a near miss is looked for among. */
function bigramQuery(text: string): string {
  return escape(text.replace(/\s+/g, ''));
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

/** The shortest spelling holding both words of some cut. */
function cutSpelling(entity: EntityModel, cuts: readonly string[][]): string {
  const holds = (normalized: string) => cuts.some((words) => words.every((w) => normalized.includes(w)));
  return (
    spellings(entity)
      .filter(([normalized]) => holds(normalized))
      .sort(([a], [b]) => a.length - b.length)[0]?.[1] ?? entity.name
  );
}

/** Each name, alias and English name, normalised and as written. */
function spellings(entity: EntityModel): [string, string][] {
  const english = entity.englishName == null ? [] : [entity.englishName];
  return [entity.name, ...entity.aliases, ...english].map((spelling) => [normalizeName(spelling), spelling]);
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
