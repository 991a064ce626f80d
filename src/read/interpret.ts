import type { Context } from '../graphql/context.js';
import { checkedText } from './arguments.js';
import { requireKnownPlan } from './unknown-values.js';
import { RELATED_FIELDS } from './related-fields.js';
import { searchEntities } from './search.js';
import type { EntityKind, QueryInterpretArgs } from '../__generated__/resolvers-types.js';
import type { EntityModel, InterpretationModel, RecognisedEntityModel } from '../domain/models.js';
import { queries } from '../db/queries.js';
import { LIMITS } from '../domain/limits.js';
import { normalizeName } from '../domain/normalize-name.js';
import { ENTITY_LABELS } from '../domain/vocabulary.js';

/** The words that name a kind of entity in a question, Chinese and English (stems), longest first. */
const KIND_WORDS: readonly (readonly [string, EntityKind])[] = [
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

const KIND_NAMES: Readonly<Record<EntityKind, readonly [string, string]>> = {
  PLAN: ['规划', 'plans'],
  INDUSTRY: ['产业', 'industries'],
  INDUSTRY_CATEGORY: ['产业类别', 'industry groupings'],
  PLATFORM: ['平台', 'platforms'],
  PROGRAM: ['计划与措施', 'programs'],
  TALENT_TEAM: ['人才队伍', 'talent teams'],
  INSTITUTION: ['机构', 'institutions'],
  GOAL: ['目标', 'goals'],
  POLICY: ['政策文件', 'policy documents'],
};

// Cues, matched on the question with the entities' spans blanked out.
const CUES = {
  none: /没有|无|缺少|缺乏|尚无|\bno\b|\bwithout\b|\black/,
  path: /关系|关联|联系|连接|相关|怎么.*到|如何.*到|\brelat|\bconnect|\blink|\bbetween\b/,
  says: /说了什么|说什么|怎么说|如何说|说了啥|提到|提及|表述|原文|写了什么|讲了什么|\bsay|\bmention/,
  targets: /目标|指标|多少|达到|增长|\btarget|\bgoal|\bindicator|how many|how much/,
  partOf: /属于|归属|隶属|哪个类|哪一类|哪类|什么类|分类|类别|上级|\bbelong|\bcategor|part of/,
  // Asked last: “X是什么” reads as what the plan says about X only when nothing more specific is asked.
  whatIs: /是什么|什么是|是啥|介绍|简介|是指|\bwhat is\b|\btell me about\b|\bwho is\b/,
  parts: /包括|包含|组成|构成|下属|细分|分为|哪几|\bconsist|\binclude|\bcontain|\bparts\b|made up/,
} as const;

// Examples of questions it reads, for an answer it cannot give.
const EXAMPLES = [
  '哪些平台支撑数智安防？',
  '哪些计划培养高技能人才？',
  '家燕归巢计划和青年人才有什么关系？',
  '规划关于G60诸暨创新港说了什么？',
  '高技能人才的目标是多少？',
  '数智安防属于哪个类别？',
  '哪些产业没有平台支撑？',
  'Which platforms support precision manufacturing?',
];

interface Found extends RecognisedEntityModel {
  readonly entity: EntityModel;
}

/**
 * A question read as GraphQL, by rules over the graph's vocabulary: the entities it names (longest spelling
 * first, folded as names are), the kinds it asks for (平台, 计划 … outside those names) and its cues (属于, 包括,
 * 关系, 说了什么, 目标, 没有). Each reading builds one operation from the schema's own fields; a question with no
 * reading gets no operation, an explanation and suggestions.
 */
export async function interpretQuestion(
  ctx: Context,
  args: QueryInterpretArgs,
): Promise<InterpretationModel> {
  const text = normalizeName(checkedText(args.question.trim(), 'question', LIMITS.textLength));
  const planId = args.plan ?? null;
  const spellings = await ctx.db.read(queries.spellingsAll, { planId });
  // No spelling at all: the plan may be unknown, the caller's slip rather than a question not read.
  if (spellings.length === 0) await requireKnownPlan(ctx, planId);
  const found = recognise(text, spellings);
  if (found.length === 0) found.push(...(await nearNames(ctx, text, planId)), ...thePlan(text, spellings));
  const entities = found.map(({ entity, text: spelling, start, end }) => ({
    entity,
    text: spelling,
    start,
    end,
  }));
  const rest = blank(text, found);
  const kinds = kindsIn(rest);
  const reading = await read(ctx, { text, rest, found, kinds, planId });
  if (reading === null) {
    const named = found.map((f) => `“${f.entity.name}”`).join('、');
    return {
      text,
      intent: null,
      operation: null,
      variables: null,
      explanation:
        found.length === 0
          ? '未能读懂：问题中没有识别出规划中的实体。 Not read: the question names no entity of the plan.'
          : `未能读懂：识别出${named}，但看不出要问什么。 Not read: it names ${found
              .map((f) => f.entity.name)
              .join(', ')}, but not what it asks.`,
      entities,
      suggestions: suggestionsFor(found),
    };
  }
  return { text, entities, suggestions: [], ...reading };
}

interface Question {
  readonly text: string;
  readonly rest: string;
  readonly found: readonly Found[];
  readonly kinds: readonly EntityKind[];
  readonly planId: string | null;
}

type Reading = Pick<InterpretationModel, 'intent' | 'operation' | 'variables' | 'explanation'>;

async function read(ctx: Context, q: Question): Promise<Reading | null> {
  const { rest, found, kinds } = q;
  if (CUES.none.test(rest) && kinds.includes('INDUSTRY') && kinds.includes('PLATFORM')) return unsupported(q);
  const [first, second] = found;
  if (first === undefined) return null;
  if (second !== undefined) return path(q, first.entity, second.entity);
  if (CUES.says.test(rest)) return says(q, first.entity);
  if (CUES.targets.test(rest)) return targets(q, first.entity);
  if (CUES.partOf.test(rest)) {
    // “X属于哪个…” (X … belong to) asks what X is part of; “哪些…属于X” (which … belong to X) what X holds.
    const after = [...rest.matchAll(new RegExp(CUES.partOf.source, 'g'))].some((m) => m.index > first.start);
    return after ? partOf(q, first.entity) : parts(q, first.entity);
  }
  if (kinds.length > 0) {
    const related = await relatedTo(ctx, q, first.entity);
    if (related !== null) return related;
  }
  if (CUES.parts.test(rest)) return parts(q, first.entity);
  if (CUES.whatIs.test(rest)) return says(q, first.entity);
  return null;
}

/** The entities named, longest spelling first, each span used once, in question order. */
function recognise(text: string, spellings: readonly { value: string; entity: EntityModel }[]): Found[] {
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
  /哪些|哪个|哪一|什么|怎么|如何|有没有|是否|有|的|吗|呢|是|和|与|跟|及|了|在|对|由|被|把|为|将|关于|支撑|支持|服务|培养|培育|引进|集聚|依托|属于|包括|包含|关系|联系|目标|指标|多少|说|[？?！!，,。.、\s]|which|what|how|does|do|is|are|the|of|to|and|support\w*|develop\w*|serve\w*/g;

/**
 * When no spelling occurs whole, the stretches between question words that search finds by a variant, words or
 * a near miss (G60创新港 支撑哪些产业 → G60诸暨创新港): a name typed the way people type it.
 */
async function nearNames(ctx: Context, text: string, planId: string | null): Promise<Found[]> {
  const kindWords = new RegExp(KIND_WORDS.map(([w]) => w).join('|'), 'g');
  const found: Found[] = [];
  const stretch = /[^□]+/g;
  const masked = text.replace(NOT_NAME, (m) => '□'.repeat(m.length));
  for (const match of masked.matchAll(stretch)) {
    const chunk = match[0];
    // A stretch that is only kind words (人才队伍, 平台) names no entity.
    // English names are matched whole above; loosely typed names are Chinese ones.
    if (!/[\u4e00-\u9fff]/.test(chunk)) continue;
    if (Array.from(chunk).length < 3 || Array.from(chunk.replace(kindWords, '')).length < 2) continue;
    const [hit] = await searchEntities(ctx, { text: chunk, first: 1, plan: planId, variants: true });
    if (hit === undefined || ['PREFIX', 'CONTAINS'].includes(hit.how)) continue;
    if (!found.some((f) => f.entity.id === hit.entity.id))
      found.push({ entity: hit.entity, text: chunk, start: match.index, end: match.index + chunk.length });
  }
  return found;
}

/** 规划 or “the plan” in a question that names nothing else: the plan itself. */
function thePlan(text: string, spellings: readonly { entity: EntityModel }[]): Found[] {
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
  return !latin.test(text[start - 1] ?? '') && !/[a-z0-9]/.test(text[end] ?? '');
}

function blank(text: string, found: readonly Found[]): string {
  let rest = text;
  for (const f of found) rest = rest.slice(0, f.start) + '□'.repeat(f.end - f.start) + rest.slice(f.end);
  return rest;
}

function kindsIn(rest: string): EntityKind[] {
  const kinds: EntityKind[] = [];
  let remaining = rest;
  for (const [word, kind] of KIND_WORDS) {
    if (!remaining.includes(word)) continue;
    remaining = remaining.split(word).join('□');
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

const EVIDENCE = 'evidence { quote section { path } }';
const RELATION_ROW = `type basis from { name kind } to { name kind } ${EVIDENCE}`;

function variables(q: Question, values: Record<string, unknown>): string {
  return JSON.stringify(q.planId === null ? values : { ...values, plan: q.planId });
}

function planParam(q: Question): [string, string] {
  return q.planId === null ? ['', ''] : [', $plan: ID', ', plan: $plan'];
}

/** Which X are related to E: E's typed list field for each kind asked, and the relationships with their quotes. */
async function relatedTo(ctx: Context, q: Question, entity: EntityModel): Promise<Reading | null> {
  const typeName = ENTITY_LABELS[entity.kind];
  const fields = Object.entries(RELATED_FIELDS[typeName] ?? {}).filter(
    ([field, spec]) =>
      q.kinds.some((kind) => spec.kinds === null || spec.kinds.includes(kind)) &&
      // A kind's own group fields answer “what does X include”, not a relation to another kind.
      (field !== 'partOf' || CUES.partOf.test(q.rest)),
  );
  const chosen = fields.filter(([field]) => field !== 'partOf' || !fields.some(([f]) => f === 'parts'));
  if (chosen.length === 0) return null;
  const withParts =
    (entity.kind === 'INDUSTRY' || entity.kind === 'TALENT_TEAM') &&
    (await ctx.loaders.relatedCount.load({
      id: entity.id,
      direction: 'IN',
      types: ['PART_OF'],
      kinds: null,
      bases: null,
    })) > 0;
  const partsArg = withParts ? '(includeParts: true)' : '';
  const types = [...new Set(chosen.flatMap(([, spec]) => spec.types ?? []))];
  const directions = [...new Set(chosen.map(([, spec]) => spec.direction))];
  const direction = directions.length === 1 ? directions[0] : 'BOTH';
  const operation = entityOperation(
    q,
    `    ... on ${typeName} {
${chosen.map(([field]) => `      ${field}${field === 'parts' ? '' : partsArg} { name kind }`).join('\n')}
    }
    relations(direction: ${direction}, types: ${JSON.stringify(types)}${withParts ? ', includeParts: true' : ''}) { ${RELATION_ROW} }`,
  );
  const asked = q.kinds.map((k) => KIND_NAMES[k]);
  return {
    intent: 'RELATED',
    operation,
    variables: variables(q, { name: entity.name }),
    explanation: `读作：与“${entity.name}”相关的${asked.map(([zh]) => zh).join('、')}（${typeName}.${chosen
      .map(([f]) => f)
      .join('、')}${withParts ? '，含其组成部分' : ''}）。 Read as: the ${asked
      .map(([, en]) => en)
      .join(' and ')} linked to ${entity.name} (${chosen.map(([f]) => `${typeName}.${f}`).join(', ')}${
      withParts ? ', its parts included' : ''
    }).`,
  };
}

function parts(q: Question, entity: EntityModel): Reading {
  return groupReading(q, entity, 'IN', 'PARTS', '包括哪些组成部分', 'what it consists of');
}

function partOf(q: Question, entity: EntityModel): Reading {
  return groupReading(q, entity, 'OUT', 'PART_OF', '属于哪个类别或整体', 'what it belongs to');
}

function groupReading(
  q: Question,
  entity: EntityModel,
  direction: 'IN' | 'OUT',
  intent: string,
  zh: string,
  en: string,
): Reading {
  return {
    intent,
    operation: entityOperation(
      q,
      `    relations(direction: ${direction}, types: ["PART_OF", "IN_CATEGORY"]) { ${RELATION_ROW} }`,
    ),
    variables: variables(q, { name: entity.name }),
    explanation: `读作：“${entity.name}”${zh}（PART_OF、IN_CATEGORY）。 Read as: ${en}, ${entity.name} (PART_OF, IN_CATEGORY).`,
  };
}

function path(q: Question, from: EntityModel, to: EntityModel): Reading {
  const [param, arg] = planParam(q);
  return {
    intent: 'PATH',
    operation: `query Interpreted($from: String!, $to: String!${param}) {
  path(from: $from, to: $to, maxHops: 6${arg}) {
    length
    nodes { name kind }
    edges { ${RELATION_ROW} }
  }
}`,
    variables: variables(q, { from: from.name, to: to.name }),
    explanation: `读作：“${from.name}”与“${to.name}”之间最短的关系链（path）。 Read as: the shortest chain of relationships between ${from.name} and ${to.name} (path).`,
  };
}

function says(q: Question, entity: EntityModel): Reading {
  return {
    intent: 'SAYS',
    operation: entityOperation(
      q,
      `    evidence { quote section { path title } }
    relations { ${RELATION_ROW} }`,
    ),
    variables: variables(q, { name: entity.name }),
    explanation: `读作：规划原文中关于“${entity.name}”的表述及其关系（evidence、relations）。 Read as: what the plan says about ${entity.name}, in its own words, and the links it states.`,
  };
}

const MEASURED: readonly EntityKind[] = ['INDUSTRY', 'PLATFORM', 'TALENT_TEAM'];

function targets(q: Question, entity: EntityModel): Reading {
  if (!MEASURED.includes(entity.kind)) return unsupportedTargets(q, entity);
  const typeName = ENTITY_LABELS[entity.kind];
  return {
    intent: 'TARGETS',
    operation: entityOperation(
      q,
      `    ... on ${typeName} {
      indicators {
        name unit baseline baselineYear target targetMax targetYear bound increment change targetLevel
        requiredAnnualGrowthPercent ${EVIDENCE}
      }
    }`,
    ),
    variables: variables(q, { name: entity.name }),
    explanation: `读作：衡量“${entity.name}”的指标与目标（基期、目标、所需年均增长）。 Read as: the indicators and targets that measure ${entity.name} (baseline, target, growth needed).`,
  };
}

function unsupportedTargets(q: Question, entity: EntityModel): Reading {
  return {
    intent: 'TARGETS',
    operation: entityOperation(q, `    relations(types: ["PART_OF"]) { ${RELATION_ROW} }`),
    variables: variables(q, { name: entity.name }),
    explanation: `读作：“${entity.name}”的目标；规划的指标只衡量产业、平台和人才队伍，这里列出它所属的整体。 Read as: targets of ${entity.name}; the plan's indicators measure industries, platforms and talent teams only, so this lists what it is part of.`,
  };
}

function unsupported(q: Question): Reading {
  const [param, arg] = planParam(q);
  return {
    intent: 'UNSUPPORTED',
    operation: `query Interpreted${param ? `(${param.slice(2)})` : ''} {
  industries(supported: false, first: 100${arg}) { totalCount edges { node { name kind } } }
}`,
    variables: variables(q, {}),
    explanation:
      '读作：没有任何平台支撑的产业（industries(supported: false)）。 Read as: the industries no platform supports.',
  };
}

function suggestionsFor(found: readonly Found[]): string[] {
  const first = found[0]?.entity;
  if (first === undefined) return EXAMPLES;
  const name = first.name;
  return [
    `规划关于${name}说了什么？`,
    `${name}属于哪个类别？`,
    `${name}和哪些平台有关？`,
    ...EXAMPLES.slice(0, 4),
  ];
}

/** An operation over the one entity the question names: its name and kind, then `fields` (indented lines). */
function entityOperation(q: Question, fields: string): string {
  const [param, arg] = planParam(q);
  return `query Interpreted($name: String!${param}) {
  entity(name: $name${arg}) {
    name
    kind
${fields}
  }
}`;
}
