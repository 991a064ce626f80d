import type { Context } from '../context.js';
import { checkedText } from '../arguments.js';
import { requireKnownPlan } from '../unknown-values.js';
import type { EntityKind, QueryInterpretArgs } from '../../__generated__/schema-types.js';
import type { InterpretationModel } from '../../domain/models.js';
import { queries } from '../../db/queries.js';
import { LIMITS } from '../../domain/limits.js';
import { normalizeName } from '../../domain/normalize-name.js';
import { negationsIn, type Negation } from './cues.js';
import { interpretOperation } from './operations.js';
import { impliedKinds, type Question } from './question.js';
import { blank, kindsIn, nearNames, recognise, thePlan, type Found } from './recognise.js';
import { RULES } from './rules.js';

// Examples of questions it reads, for an answer it cannot give.
const EXAMPLES = [
  '哪些平台支撑数智安防？',
  '哪些计划培养高技能人才？',
  '哪些平台没有支撑数智安防？',
  '家燕归巢计划和青年人才有什么关系？',
  '规划关于G60诸暨创新港说了什么？',
  '高技能人才的目标是多少？',
  '数智安防属于哪个类别？',
  '哪些产业没有平台支撑？',
  'Which platforms support precision manufacturing?',
];

/**
 * A question read as GraphQL, by the rules of `RULES` (src/read/interpret/rules.ts) over the graph's vocabulary:
 * the entities it names (longest spelling first, folded as names are), the kinds it asks for (平台, 计划 …
 * outside those names), its negation and scope words (没有, 除了 X …) and its cues. A reading names one of the
 * static operations of schema/operations/interpret.graphql and its variables; a question no rule reads, or one
 * a rule refuses, gets no operation, an explanation and suggestions.
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
  if (found.length === 0)
    found.push(
      ...(await nearNames(ctx, text, planId, LIMITS.interpretSearches)),
      ...thePlan(text, spellings),
    );
  const entities = found.map(({ entity, text: spelling, start, end }) => ({
    entity,
    text: spelling,
    start,
    end,
  }));
  const rest = blank(text, found);
  const negations = negationsIn(rest);
  const excluded = excludedBy(text, negations, found);
  const subjects = found.filter((f) => !excluded.includes(f));
  const kindsNamed = kindsIn(rest);
  const question: Question = {
    text,
    rest,
    found,
    subjects,
    excluded,
    kinds: kindsAsked(kindsNamed, rest, subjects),
    negations,
    planId,
  };
  const heard = negations.map((n) => n.word);
  for (const rule of RULES) {
    const reading = rule.read(question);
    if (reading === null) continue;
    if ('refused' in reading)
      return {
        text,
        intent: null,
        refused: true,
        operationName: null,
        operation: null,
        variables: null,
        negations: heard,
        explanation: `未作答：${reading.refused}`,
        entities,
        suggestions: [...(reading.suggestions ?? []), ...suggestionsFor(found)],
      };
    const operation = interpretOperation(reading.intent);
    return {
      text,
      intent: reading.intent,
      refused: false,
      operationName: operation.name,
      operation: operation.text,
      variables: reading.variables,
      negations: heard,
      explanation: reading.explanation,
      entities,
      suggestions: [],
    };
  }
  const named = found.map((f) => `“${f.entity.name}”`).join('、');
  return {
    text,
    intent: null,
    refused: false,
    operationName: null,
    operation: null,
    variables: null,
    negations: heard,
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

/**
 * The kinds named, or, when a verb implies kinds the question does not name (新材料靠谁支撑, 新材料这个产业谁在支持:
 * 产业 is the entity's own kind), those first.
 */
function kindsAsked(named: EntityKind[], rest: string, subjects: readonly Found[]): EntityKind[] {
  const own = subjects.length === 1 ? subjects[0]?.entity.kind : undefined;
  if (named.some((k) => k !== own)) return named;
  return [...new Set([...impliedKinds(rest, subjects), ...named])];
}

// Between two entities a scope word covers together: 除了 A、B 和 C.
const JOINED = /^[、和与及跟,，\s]*(and|or|the)?\s*$/;

/**
 * The entities a scope word leaves out: those right after 除了 / except (joined by 、 or 和), those right before
 * 以外 / 之外.
 */
function excludedBy(text: string, negations: readonly Negation[], found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const n of negations) {
    if (n.kind !== 'SCOPE') continue;
    const end = n.start + n.word.length;
    if (/以外|之外/.test(n.word)) {
      const before = found.filter((f) => f.end <= n.start).reverse();
      let edge = n.start;
      for (const f of before) {
        if (!JOINED.test(text.slice(f.end, edge).replace(/的$/, ''))) break;
        out.push(f);
        edge = f.start;
      }
    } else {
      let edge = end;
      for (const f of found.filter((f) => f.start >= end)) {
        if (!JOINED.test(text.slice(edge, f.start))) break;
        out.push(f);
        edge = f.end;
      }
    }
  }
  return found.filter((f) => out.includes(f));
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
