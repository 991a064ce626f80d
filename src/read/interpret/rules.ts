import type { EntityKind, Intent } from '../../__generated__/schema-types.js';
import type { EntityModel } from '../../domain/models.js';
import { CUE_WORDS, cuesAt, has } from './cues.js';
import { KIND_WORDS } from './recognise.js';
import {
  kindLinkage,
  kindWords,
  withPlan,
  type Linkage,
  type Question,
  type Reading,
  type Refusal,
} from './question.js';

/**
 * One reading rule: what it reads, the cue words it looks for, what the question must name, an example, and the
 * reading. The rules are tried in the table's order; the first that gives a reading or a refusal wins.
 */
export interface Rule {
  /** The intent it answers with; null for a rule that only refuses. */
  readonly intent: Intent | null;
  readonly description: string;
  /** Its cue words as the README lists them. */
  readonly cues: readonly string[];
  readonly needs: string;
  readonly example: string;
  readonly read: (q: Question) => Reading | Refusal | null;
}

const NEGATION_WORDS = ['没有', '没', '不', '未', '尚未', '无', '缺少', 'not', 'no', 'without', "n't"];
const SCOPE_WORDS = ['除了', '除去', '除开', '以外', '之外', 'except', 'other than', 'besides', 'apart from'];

/** Industries and platforms the measures count; other kinds have no indicator. */
const MEASURED: readonly EntityKind[] = ['INDUSTRY', 'PLATFORM', 'TALENT_TEAM'];
const LISTED: readonly EntityKind[] = ['INDUSTRY', 'PLATFORM', 'PROGRAM', 'TALENT_TEAM'];
const GROUP_TYPES = ['PART_OF', 'IN_CATEGORY'];

const negated = (q: Question) => q.negations.some((n) => n.kind === 'NEGATION');
const scoped = (q: Question) => q.negations.some((n) => n.kind === 'SCOPE');
const negationWords = (q: Question) => q.negations.map((n) => `“${n.word}”`).join('');
const only = (q: Question): EntityModel | undefined =>
  q.subjects.length === 1 ? q.subjects[0]?.entity : undefined;
const subject = only;
/** Whether the question names no entity but the plan itself. */
const namesNone = (q: Question): boolean => q.subjects.every((s) => s.entity.kind === 'PLAN');
/** The kinds asked, less the subject's own kind when other kinds are asked too. */
const asked = (q: Question, e: EntityModel): EntityKind[] => {
  const others = q.kinds.filter((k) => k !== e.kind);
  return others.length > 0 ? others : [...q.kinds];
};
/** The members a group is asked for: the kinds asked, or its own kind (a category's, industries). */
const memberKinds = (q: Question, group: EntityModel): EntityKind[] =>
  q.kinds.length > 0 ? [...q.kinds] : [group.kind === 'INDUSTRY_CATEGORY' ? 'INDUSTRY' : group.kind];

function related(
  q: Question,
  e: EntityModel,
  link: Linkage,
  what: string,
  except: readonly EntityModel[] = [],
): Reading {
  const [zh, en] = kindWords(link.kinds);
  const left = except.map((x) => x.name);
  return {
    intent: 'RELATED',
    variables: withPlan(q, {
      name: e.name,
      direction: link.direction,
      types: link.types,
      kinds: link.kinds,
      ...(left.length > 0 ? { except: left } : {}),
    }),
    explanation:
      `读作：与“${e.name}”相关的${zh}${what}（${link.fields.join('、')}，含其组成部分）` +
      (left.length > 0 ? `，除去${left.map((n) => `“${n}”`).join('、')}` : '') +
      `。 Read as: the ${en} linked to ${e.name} (${link.fields.join(', ')}, its parts included)` +
      (left.length > 0 ? `, leaving out ${left.join(', ')}` : '') +
      '.',
  };
}

function notRelated(
  q: Question,
  e: EntityModel,
  variables: { direction: string; types: readonly string[]; kinds: readonly EntityKind[] },
  [zh, en]: readonly [string, string],
): Reading {
  return {
    intent: 'NOT_RELATED',
    variables: withPlan(q, { name: e.name, ...variables }),
    explanation: `读作否定（${negationWords(q)}）：${zh}，即补集；文本同时提及而未关联的，附数据集记录的理由。 Read as a negation: ${en} (the complement), each with the dataset's reason where the text names the two together.`,
  };
}

function entityReading(q: Question, intent: Intent, e: EntityModel, zh: string, en: string): Reading {
  return {
    intent,
    variables: withPlan(q, { name: e.name }),
    explanation: `读作：${zh.replace('{}', `“${e.name}”`)}。 Read as: ${en.replace('{}', e.name)}.`,
  };
}

function figures(q: Question, intent: Intent, zh: string, en: string): Reading | Refusal | null {
  const e = subject(q);
  if (e === undefined) return null;
  if (!MEASURED.includes(e.kind))
    return {
      refused: `“${e.name}”不是产业、平台或人才队伍：规划的指标只衡量这三类，没有它的目标或基期数值。 The plan's indicators measure industries, platforms and talent teams only; ${e.name} has no figures of its own.`,
      suggestions: [`规划关于${e.name}说了什么？`, `${e.name}和哪些人才有关？`],
    };
  return entityReading(q, intent, e, zh, en);
}

/** “X 属于哪个…” (X … belong to) asks what X is part of; “哪些…属于 X” (which … belong to X) what X holds. */
function belongsAfter(q: Question, e: EntityModel): boolean {
  const start = q.subjects.find((s) => s.entity.id === e.id)?.start ?? 0;
  return cuesAt(q.rest, 'partOf').some((at) => at > start);
}

/** The reading rules, in the order they are tried. */
export const RULES: readonly Rule[] = [
  {
    intent: 'UNSUPPORTED',
    description: '没有平台支撑的产业 / the industries no platform supports',
    cues: NEGATION_WORDS,
    needs: '产业 and 平台, no entity',
    example: '哪些产业没有平台支撑？',
    read: (q) => {
      if (!negated(q) || !namesNone(q)) return null;
      if (!q.kinds.includes('INDUSTRY') || !q.kinds.includes('PLATFORM')) return null;
      return {
        intent: 'UNSUPPORTED',
        variables: withPlan(q, {}),
        explanation: `读作否定（${negationWords(q)}）：没有任何平台支撑的产业（industries(supported: false)）。 Read as a negation: the industries no platform supports.`,
      };
    },
  },
  {
    intent: 'NOT_RELATED',
    description:
      '不属于某一类别（整体）的实体，即其成员的补集 / what is not part of a group: the complement of its members',
    cues: [...NEGATION_WORDS, ...CUE_WORDS.partOf, ...CUE_WORDS.parts],
    needs: 'a negation, one group, 属于 or 包括',
    example: '哪些产业不属于战略性新兴产业？',
    read: (q) => {
      const e = subject(q);
      if (!negated(q) || e === undefined || !(has(q.rest, 'partOf') || has(q.rest, 'parts'))) return null;
      if (has(q.rest, 'partOf') && belongsAfter(q, e))
        return {
          refused: `读到否定（${negationWords(q)}）：“${e.name}”不属于哪些类别，规划没有逐一列出。 Read a negation: the plan does not list what ${e.name} is not part of.`,
          suggestions: [`${e.name}属于哪个类别？`],
        };
      const kinds = memberKinds(q, e);
      const [zh, en] = kindWords(kinds);
      return notRelated(q, e, { direction: 'IN', types: GROUP_TYPES, kinds }, [
        `不属于“${e.name}”（及其组成部分）的${zh}`,
        `the ${en} not part of ${e.name} (nor of its parts)`,
      ]);
    },
  },
  {
    intent: 'NOT_RELATED',
    description: '规划没有关联的实体（补集）/ the entities of a kind the plan does not link to the one named',
    cues: NEGATION_WORDS,
    needs: 'a negation, one entity, a kind',
    example: '哪些平台没有支撑数智安防？',
    read: (q) => {
      const e = subject(q);
      if (!negated(q) || e === undefined || q.kinds.length === 0) return null;
      const link = kindLinkage(e.kind, asked(q, e), false);
      if (link === null) return null;
      const [zh, en] = kindWords(link.kinds);
      return notRelated(q, e, { direction: link.direction, types: link.types, kinds: link.kinds }, [
        `规划没有将其与“${e.name}”关联（${link.fields.join('、')}，含其组成部分）的${zh}`,
        `the ${en} the plan does not link to ${e.name} (${link.fields.join(', ')}, its parts included)`,
      ]);
    },
  },
  {
    intent: null,
    description: '其他否定问题：拒绝作答并给出建议 / any other negation: refused, with suggestions',
    cues: NEGATION_WORDS,
    needs: 'a negation no rule above reads',
    example: '诸暨英才计划没有什么？',
    read: (q) =>
      negated(q)
        ? {
            refused: `读到否定（${negationWords(q)}），但无法按否定作答；不会把它当作肯定问题回答。 Read a negation (${q.negations
              .map((n) => n.word)
              .join(', ')}) that no rule answers as asked; it is not answered as if it were not there.`,
          }
        : null,
  },
  {
    intent: 'RELATED',
    description: '除了 X 以外与 Y 相关的实体 / the entities linked to Y, leaving out X',
    cues: SCOPE_WORDS,
    needs: '除了 X (one or more entities), one other entity, a kind',
    example: '除了G60诸暨创新港，还有哪些平台支撑新材料？',
    read: (q) => {
      const e = subject(q);
      if (!scoped(q) || q.excluded.length === 0 || e === undefined || q.kinds.length === 0) return null;
      const link = kindLinkage(e.kind, asked(q, e), has(q.rest, 'partOf'));
      return link === null
        ? null
        : related(
            q,
            e,
            link,
            '',
            q.excluded.map((x) => x.entity),
          );
    },
  },
  {
    intent: 'NOT_RELATED',
    description: '某一类别（整体）以外的实体 / the entities outside a group (X 以外的产业)',
    cues: SCOPE_WORDS,
    needs: 'X 以外 (X a group), a kind, no other entity',
    example: '战略性新兴产业以外的产业有哪些？',
    read: (q) => {
      const [x] = q.excluded;
      if (!scoped(q) || q.subjects.length > 0 || q.excluded.length !== 1 || x === undefined) return null;
      if (x.entity.kind !== 'INDUSTRY_CATEGORY' || q.kinds.length === 0) return null;
      const kinds = memberKinds(q, x.entity);
      const [zh, en] = kindWords(kinds);
      return notRelated(q, x.entity, { direction: 'IN', types: GROUP_TYPES, kinds }, [
        `“${x.entity.name}”（及其组成部分）以外的${zh}`,
        `the ${en} outside ${x.entity.name} (and its parts)`,
      ]);
    },
  },
  {
    intent: null,
    description: '其他范围限定（除了、以外）：拒绝作答 / any other scope word: refused, with suggestions',
    cues: SCOPE_WORDS,
    needs: 'a scope word no rule above reads',
    example: '除了数智安防还有什么？',
    read: (q) =>
      scoped(q)
        ? {
            refused: `读到范围限定（${negationWords(q)}），但看不出要除去什么、问的是什么；不会忽略它作答。 Read a scope word (${q.negations
              .map((n) => n.word)
              .join(', ')}) but not what it leaves out or what is asked; it is not answered without it.`,
          }
        : null,
  },
  {
    intent: null,
    description: '最少：只能按从多到少排名 / the fewest: refused, rankings run most first',
    cues: CUE_WORDS.fewest,
    needs: 'a word for the fewest',
    example: '哪个平台支撑的产业最少？',
    read: (q) =>
      has(q.rest, 'fewest')
        ? {
            refused:
              '读到“最少”：排名只从多到少列出有关联的实体，没有关联的不在其中，答不了“最少”。 Read “the fewest”: rankings list the entities with links, most first, so the fewest cannot be told apart from those with none.',
            suggestions: ['哪个平台支撑的产业最多？', '哪些产业没有平台支撑？'],
          }
        : null,
  },
  {
    intent: 'RANKING',
    description:
      '排名：哪个实体的某类关联最多，前几名 / rankings: which entities have the most links of a kind',
    cues: CUE_WORDS.ranking,
    needs: 'a ranking word, the kind ranked, the kind counted; no entity',
    example: '哪个平台支撑的产业最多？',
    read: (q) => {
      if (!has(q.rest, 'ranking') || !namesNone(q)) return null;
      const ranked = rankedKind(q);
      if (ranked === undefined) return null;
      const other = q.kinds.find((k) => k !== ranked);
      const link = other === undefined ? null : kindLinkage(ranked, [other]);
      if (other !== undefined && link === null) return null;
      const first = topN(q.rest);
      const [rankedZh, rankedEn] = kindWords([ranked]);
      const [otherZh, otherEn] = other === undefined ? ['实体', 'entities'] : kindWords([other]);
      return {
        intent: 'RANKING',
        variables: withPlan(q, {
          kind: ranked,
          ...(other === undefined ? {} : { otherKind: other }),
          ...(link === null ? {} : { types: link.types, direction: link.direction }),
          first,
        }),
        explanation: `读作：按关联的${otherZh}数量从多到少排列的${rankedZh}，前 ${first} 名（ranking，含其组成部分；并列者同数）。 Read as: the ${rankedEn} ranked by how many ${otherEn} they are linked to, most first, the top ${first} (ranking, parts included; ties share a count).`,
      };
    },
  },
  {
    intent: 'COUNT',
    description: '与某实体相关的某类实体有多少个 / how many entities of a kind are linked to the one named',
    cues: CUE_WORDS.count,
    needs: 'one entity, a kind, 多少个 or 几个',
    example: '多少个平台支撑数智安防？',
    read: (q) => {
      const e = subject(q);
      if (e === undefined || !has(q.rest, 'count') || q.kinds.length === 0) return null;
      const link = kindLinkage(e.kind, asked(q, e), has(q.rest, 'partOf') || has(q.rest, 'parts'));
      if (link === null) return null;
      const [zh, en] = kindWords(link.kinds);
      return {
        intent: 'COUNT',
        variables: withPlan(q, {
          name: e.name,
          direction: link.direction,
          types: link.types,
          kinds: link.kinds,
        }),
        explanation: `读作：与“${e.name}”相关的${zh}的关系数（relationCount，含其组成部分），及各条关系。 Read as: how many links to ${en} ${e.name} has (relationCount, its parts included), with each link.`,
      };
    },
  },
  {
    intent: 'KIND_COUNT',
    description: '规划中某类实体有多少个 / how many entities of a kind the plan names',
    cues: CUE_WORDS.count,
    needs: 'a kind (产业, 平台, 计划, 人才), no entity',
    example: '规划中有多少个平台？',
    read: (q) => {
      const kinds = q.kinds.filter((k) => LISTED.includes(k));
      if (!namesNone(q) || !has(q.rest, 'count') || kinds.length === 0) return null;
      const [zh, en] = kindWords(kinds);
      return {
        intent: 'KIND_COUNT',
        variables: withPlan(q, {
          industries: kinds.includes('INDUSTRY'),
          platforms: kinds.includes('PLATFORM'),
          programs: kinds.includes('PROGRAM'),
          talentTeams: kinds.includes('TALENT_TEAM'),
        }),
        explanation: `读作：规划中${zh}的数量（totalCount）及其列表。 Read as: how many ${en} the plan names (totalCount), and which.`,
      };
    },
  },
  {
    intent: null,
    description:
      '多个实体而问某类实体，或三个以上实体：逐个问 / several entities with a kind asked, or three or more: asked one by one',
    cues: ['和', '与', '、', 'and'],
    needs: 'two entities and a kind asked, or three or more entities',
    example: '哪些平台支撑数智安防和新材料？',
    read: (q) => {
      const several =
        q.subjects.length > 2 || (q.subjects.length === 2 && !has(q.rest, 'path') && q.kinds.length > 0);
      if (!several) return null;
      const named = q.subjects.map((s) => s.entity.name);
      const [zh] = kindWords(q.kinds.length > 0 ? q.kinds : []);
      return {
        refused: `问题提到${named.map((n) => `“${n}”`).join('、')}${zh === '' ? '' : `，问的是${zh}`}：一次只能就一个实体（或两个实体之间的关系）作答，请逐个提问。 It names ${named.join(', ')}; a question is answered about one entity (or the chain between two) at a time: ask about each.`,
        suggestions: named.map((n) =>
          zh === '' ? `规划关于${n}说了什么？` : `哪些${zh.split('、')[0] ?? ''}与${n}相关？`,
        ),
      };
    },
  },
  {
    intent: 'PATH',
    description: '两个实体之间的关系链 / how two entities are connected',
    cues: CUE_WORDS.path,
    needs: 'two entities',
    example: '家燕归巢计划和青年人才有什么关系？',
    read: (q) => {
      const [a, b] = q.subjects;
      if (a === undefined || b === undefined) return null;
      return {
        intent: 'PATH',
        variables: withPlan(q, { from: a.entity.name, to: b.entity.name }),
        explanation: `读作：“${a.entity.name}”与“${b.entity.name}”之间最短的关系链（path：先取原文陈述的关系，并说明两者是否直接关联）。 Read as: the shortest chain of relationships between ${a.entity.name} and ${b.entity.name} (path: stated hops first, and whether the plan links the two directly).`,
      };
    },
  },
  {
    intent: 'SAYS',
    description: '规划原文怎么说 / what the plan says about an entity',
    cues: CUE_WORDS.says,
    needs: 'one entity',
    example: '规划关于G60诸暨创新港说了什么？',
    read: (q) => {
      const e = only(q);
      return e !== undefined && has(q.rest, 'says')
        ? entityReading(
            q,
            'SAYS',
            e,
            '规划原文中关于{}的表述及其关系（evidence、relations）',
            'what the plan says about {}, in its own words, and the links it states',
          )
        : null;
    },
  },
  {
    intent: 'GROWTH',
    description: '指标要增长多少 / how far a target goes: baseline, target, change, growth',
    cues: CUE_WORDS.growth,
    needs: 'one industry, platform or talent team',
    example: '高技能人才要增长多少？',
    read: (q) =>
      has(q.rest, 'growth')
        ? figures(
            q,
            'GROWTH',
            '衡量{}的指标从基期到目标的变化（change、growthPercent、所需年均增长）',
            'how far the indicators measuring {} go: baseline to target, the change and growth needed',
          )
        : null,
  },
  {
    intent: 'BASELINE',
    description: '2020 年（基期）的数值 / the 2020 figures',
    cues: CUE_WORDS.baseline,
    needs: 'one industry, platform or talent team; no target word',
    example: '高技能人才2020年有多少？',
    read: (q) =>
      has(q.rest, 'baseline') && !/目标|达到|2025|到期|target|goal/.test(q.rest)
        ? figures(
            q,
            'BASELINE',
            '{}在基期（2020年）的数值：指标的基期值与规划记录的数字',
            'the 2020 figures of {}: the indicators’ baselines and the figures the plan reports',
          )
        : null,
  },
  {
    intent: 'TARGETS',
    description: '指标与目标（含基期）/ the targets, with their baselines',
    cues: CUE_WORDS.targets,
    needs: 'one industry, platform or talent team',
    example: '高技能人才的目标是多少？',
    read: (q) =>
      has(q.rest, 'targets')
        ? figures(
            q,
            'TARGETS',
            '衡量{}的指标与目标（基期、目标、所需年均增长）',
            'the indicators and targets that measure {} (baseline, target, growth needed)',
          )
        : null,
  },
  {
    intent: 'PART_OF',
    description: '属于哪个类别或整体 / what an entity is part of',
    cues: CUE_WORDS.partOf,
    needs: 'one entity before 属于',
    example: '数智安防属于哪个类别？',
    read: (q) => {
      const e = only(q);
      if (e === undefined || !has(q.rest, 'partOf') || !belongsAfter(q, e)) return null;
      return entityReading(
        q,
        'PART_OF',
        e,
        '{}属于哪个类别或整体（PART_OF、IN_CATEGORY）',
        'what {} belongs to (PART_OF, IN_CATEGORY)',
      );
    },
  },
  {
    intent: 'PARTS',
    description: '哪些属于某一整体 / which entities belong to a group',
    cues: CUE_WORDS.partOf,
    needs: 'one entity after 属于',
    example: '哪些产业属于战略性新兴产业？',
    read: (q) => {
      const e = only(q);
      if (e === undefined || !has(q.rest, 'partOf')) return null;
      return partsReading(q, e);
    },
  },
  {
    intent: 'RELATED',
    description: '计划面向谁 / whom a program is for',
    cues: CUE_WORDS.forWhom,
    needs: 'one program',
    example: '家燕归巢计划针对谁？',
    read: (q) => {
      const e = subject(q);
      if (e === undefined || e.kind !== 'PROGRAM' || !has(q.rest, 'forWhom')) return null;
      const link = kindLinkage(e.kind, q.kinds.length > 0 ? asked(q, e) : ['TALENT_TEAM'], false);
      return link === null ? null : related(q, e, link, '（它面向的对象）');
    },
  },
  {
    intent: 'RELATED',
    description: '人才队伍如何培养 / how a talent team is grown: its programs and platforms',
    cues: CUE_WORDS.howGrown,
    needs: 'one talent team',
    example: '高技能人才怎么培养？',
    read: (q) => {
      const e = subject(q);
      if (e === undefined || e.kind !== 'TALENT_TEAM' || !has(q.rest, 'howGrown')) return null;
      const link = kindLinkage(e.kind, q.kinds.length > 0 ? asked(q, e) : ['PROGRAM', 'PLATFORM'], false);
      return link === null ? null : related(q, e, link, '（培养它的途径）');
    },
  },
  {
    intent: 'SAYS',
    description: '平台要打造成什么 / what a platform is to become, in the plan’s words',
    cues: CUE_WORDS.become,
    needs: 'one entity',
    example: 'G60诸暨创新港要打造成什么？',
    read: (q) => {
      const e = subject(q);
      return e !== undefined && has(q.rest, 'become') && q.kinds.length === 0
        ? entityReading(
            q,
            'SAYS',
            e,
            '规划要把{}打造成什么：原文中关于它的表述（evidence）及其关系',
            'what the plan means {} to become: its words about it (evidence) and the links it states',
          )
        : null;
    },
  },
  {
    intent: 'RELATED',
    description: '与哪些高校、机构合作 / the institutions an entity works with',
    cues: CUE_WORDS.partners,
    needs: 'one entity, 合作',
    example: '应用科研人才集聚平台和哪些高校合作？',
    read: (q) => {
      const e = subject(q);
      if (e === undefined || !has(q.rest, 'partners') || q.kinds.some((k) => k !== 'INSTITUTION'))
        return null;
      const link = kindLinkage(e.kind, ['INSTITUTION'], false);
      return link === null ? null : related(q, e, link, '（合作方）');
    },
  },
  {
    intent: 'RELATED',
    description: '与某实体相关的某类实体 / the entities of a kind linked to the one named',
    cues: ['支撑', '培养', '服务', '依托', '有哪些', 'support', 'develop', 'serve'],
    needs: 'one entity, a kind',
    example: '哪些平台支撑数智安防？',
    read: (q) => {
      const e = subject(q);
      if (e === undefined || q.kinds.length === 0) return null;
      const link = kindLinkage(e.kind, asked(q, e), false);
      if (link !== null) return related(q, e, link, '');
      // A kind's own groups: 社会事业人才包括哪些人才 lists its parts.
      return kindLinkage(e.kind, q.kinds, true) === null ? null : partsReading(q, e);
    },
  },
  {
    intent: 'PARTS',
    description: '某一整体包括哪些 / what a group consists of',
    cues: CUE_WORDS.parts,
    needs: 'one entity',
    example: '现代产业体系包括哪些？',
    read: (q) => {
      const e = only(q);
      return e !== undefined && has(q.rest, 'parts') ? partsReading(q, e) : null;
    },
  },
  {
    intent: 'SAYS',
    description: '某实体是什么 / what an entity is: what the plan says about it',
    cues: CUE_WORDS.whatIs,
    needs: 'one entity',
    example: '诸暨英才计划是什么？',
    read: (q) => {
      const e = only(q);
      return e !== undefined && has(q.rest, 'whatIs')
        ? entityReading(
            q,
            'SAYS',
            e,
            '规划原文中关于{}的表述及其关系（evidence、relations）',
            'what the plan says about {}, in its own words, and the links it states',
          )
        : null;
    },
  },
];

/** The kind a ranking ranks: the one after 哪个 / 前三个 / which / top, or after 最多的; else the first named. */
function rankedKind(q: Question): EntityKind | undefined {
  const head = /(哪个|哪些|哪一个|哪一|哪家|前[一二两三四五六七八九十\d]+[个家项]?|which|top \d*\s*)$/;
  const after = /最多的$/;
  for (const [word, kind] of KIND_WORDS)
    for (const m of q.rest.matchAll(new RegExp(word, 'g')))
      if (head.test(q.rest.slice(0, m.index)) || after.test(q.rest.slice(0, m.index))) return kind;
  return q.kinds[0];
}

const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 前三 / top 3 → 3; otherwise the first ten rows, enough to show a tie at the top. */
function topN(rest: string): number {
  const m = /前([一二两三四五六七八九十]|\d+)|top (\d+)/.exec(rest);
  const n = m === null ? undefined : (NUMERALS[m[1] ?? ''] ?? Number(m[1] ?? m[2]));
  return n !== undefined && n >= 1 && n <= 100 ? n : 10;
}

function partsReading(q: Question, e: EntityModel): Reading {
  const kinds = q.kinds.filter((k) => k !== 'INDUSTRY_CATEGORY');
  return {
    intent: 'PARTS',
    variables: withPlan(q, { name: e.name, ...(kinds.length > 0 ? { kinds } : {}) }),
    explanation: `读作：“${e.name}”包括哪些组成部分（PART_OF、IN_CATEGORY）。 Read as: what ${e.name} consists of (PART_OF, IN_CATEGORY).`,
  };
}
