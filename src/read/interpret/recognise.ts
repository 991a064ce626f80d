import type { Context } from '../context.js';
import type { EntityKind } from '../../__generated__/schema-types.js';
import type { EntityModel, RecognisedEntityModel } from '../../domain/models.js';
import { searchEntities } from '../search.js';

/** An entity a question names, where, and the entity itself. */
export interface Found extends RecognisedEntityModel {
  readonly entity: EntityModel;
}

/** The words that name a kind of entity in a question, Chinese and English (stems), longest first. */
export const KIND_WORDS: readonly (readonly [string, EntityKind])[] = [
  ['人才队伍', 'TALENT_TEAM'],
  ['队伍', 'TALENT_TEAM'],
  ['团队', 'TALENT_TEAM'],
  ['群体', 'TALENT_TEAM'],
  ['人才', 'TALENT_TEAM'],
  ['平台', 'PLATFORM'],
  ['载体', 'PLATFORM'],
  ['计划', 'PROGRAM'],
  ['项目', 'PROGRAM'],
  ['工程', 'PROGRAM'],
  ['行动', 'PROGRAM'],
  ['政策', 'PROGRAM'],
  ['措施', 'PROGRAM'],
  ['举措', 'PROGRAM'],
  ['机制', 'PROGRAM'],
  ['制度', 'PROGRAM'],
  ['产业', 'INDUSTRY'],
  ['行业', 'INDUSTRY'],
  ['高校', 'INSTITUTION'],
  ['大学', 'INSTITUTION'],
  ['院校', 'INSTITUTION'],
  ['院所', 'INSTITUTION'],
  ['学校', 'INSTITUTION'],
  ['机构', 'INSTITUTION'],
  ['platform', 'PLATFORM'],
  ['programme', 'PROGRAM'],
  ['program', 'PROGRAM'],
  ['polic', 'PROGRAM'],
  ['measure', 'PROGRAM'],
  ['industr', 'INDUSTRY'],
  ['talent', 'TALENT_TEAM'],
  ['team', 'TALENT_TEAM'],
  ['universit', 'INSTITUTION'],
  ['institution', 'INSTITUTION'],
];

/** The kinds a question asks for, in the order their words come (a kind once), read outside the names. */
export function kindsIn(rest: string): EntityKind[] {
  const at: [number, EntityKind][] = [];
  let remaining = rest;
  for (const [word, kind] of KIND_WORDS) {
    let index = remaining.indexOf(word);
    while (index >= 0) {
      at.push([index, kind]);
      remaining = remaining.slice(0, index) + '□'.repeat(word.length) + remaining.slice(index + word.length);
      index = remaining.indexOf(word);
    }
  }
  const kinds: EntityKind[] = [];
  for (const [, kind] of at.sort((a, b) => a[0] - b[0])) if (!kinds.includes(kind)) kinds.push(kind);
  return kinds;
}

/** The entities named, longest spelling first, each span used once, in question order. */
export function recognise(
  text: string,
  spellings: readonly { value: string; entity: EntityModel }[],
): Found[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const found: Found[] = [];
  const seen = new Set<string>();
  // Note: spellings arrive longest first, so a longer name claims its span before the names inside it.
  for (const { value, entity } of spellings) {
    if (value.length < 2 || seen.has(value)) continue;
    seen.add(value);
    let at = text.indexOf(value);
    while (at >= 0) {
      const end = at + value.length;
      if (!taken.slice(at, end).some(Boolean) && wordBounded(text, at, end)) {
        taken.fill(true, at, end);
        if (!found.some((f) => f.entity.id === entity.id))
          found.push({ entity, text: value, start: at, end });
      }
      at = text.indexOf(value, at + 1);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// What is not a name in a question: its question words, verbs and kind words, where a name typed loosely ends.
const NOT_NAME =
  /哪些|哪个|哪一|什么|怎么|如何|有没有|是否|有|的|吗|呢|是|和|与|跟|及|了|在|对|由|被|把|为|将|关于|支撑|支持|服务|培养|培育|引进|集聚|依托|属于|包括|包含|关系|联系|目标|指标|多少|没有|不|除了|以外|之外|还|说|啊|呀|吧|嘛|啥|咋|谁|管|[？?！!，,。.、\s]|which|what|how|does|do|is|are|the|of|to|and|not|support\w*|develop\w*|serve\w*/g;

const KIND_PATTERN = new RegExp(KIND_WORDS.map(([w]) => w).join('|'), 'g');

/**
 * When no spelling occurs whole, the stretches between question words that search finds by a variant, words or
 * a near miss (G60创新港 支撑哪些产业 → G60诸暨创新港): a name typed the way people type it. The stretches are
 * searched together, at most `maxSearches` of them.
 */
export async function nearNames(
  ctx: Context,
  text: string,
  planId: string | null,
  maxSearches: number,
): Promise<Found[]> {
  const masked = text.replace(NOT_NAME, (m) => '□'.repeat(m.length));
  const stretches = [...masked.matchAll(/[^□]+/g)]
    .filter(({ 0: chunk }) => {
      // A stretch that is only kind words (人才队伍, 平台) names no entity; English names are matched whole
      // above, loosely typed names are Chinese ones.
      if (!/[\u4e00-\u9fff]/.test(chunk)) return false;
      return Array.from(chunk).length >= 3 && Array.from(chunk.replace(KIND_PATTERN, '')).length >= 2;
    })
    .slice(0, maxSearches);
  const hits = await Promise.all(
    stretches.map(({ 0: chunk }) =>
      searchEntities(ctx, { text: chunk, first: 1, plan: planId, variants: true }),
    ),
  );
  const found: Found[] = [];
  stretches.forEach(({ 0: chunk, index }, i) => {
    const [hit] = hits[i] ?? [];
    // Note: a shortening typed whole is recognised above, so an ABBREVIATION hit here holds only part of one.
    if (hit === undefined || ['PREFIX', 'CONTAINS', 'ABBREVIATION'].includes(hit.how)) return;
    if (!found.some((f) => f.entity.id === hit.entity.id))
      found.push({ entity: hit.entity, text: chunk, start: index, end: index + chunk.length });
  });
  return found;
}

/** 规划 or “the plan” in a question that names nothing else: the plan itself. */
export function thePlan(text: string, spellings: readonly { entity: EntityModel }[]): Found[] {
  const at = /规划|the plan\b/.exec(text);
  const plan = spellings.find((s) => s.entity.kind === 'PLAN')?.entity;
  return at === null || plan === undefined
    ? []
    : [{ entity: plan, text: at[0], start: at.index, end: at.index + at[0].length }];
}

/** Latin spellings must stand as words (talent is not inside talents' …); CJK ones need no boundary. */
function wordBounded(text: string, start: number, end: number): boolean {
  const latin = /[a-z0-9]/;
  const inside = text.slice(start, end);
  if (!latin.test(inside[0] ?? '') && !latin.test(inside.at(-1) ?? '')) return true;
  return !latin.test(text[start - 1] ?? '') && !latin.test(text[end] ?? '');
}

/** The question with the found names' spans blanked, so cue words are read outside names. */
export function blank(text: string, found: readonly Found[]): string {
  let rest = text;
  for (const f of found) rest = rest.slice(0, f.start) + '□'.repeat(f.end - f.start) + rest.slice(f.end);
  return rest;
}
