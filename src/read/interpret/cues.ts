/**
 * The cue words `interpret` reads, matched on the question with the entities' spans blanked out. Each is a plain
 * list of words (Chinese, and English stems), so the rule table can show them and the README can list them.
 */
export const CUE_WORDS = {
  path: ['关系', '关联', '联系', '连接', '相关', '怎么到', '如何到', 'relat', 'connect', 'link', 'between'],
  says: [
    '说了什么',
    '说什么',
    '怎么说',
    '如何说',
    '说了啥',
    '提到',
    '提及',
    '表述',
    '原文',
    '写了什么',
    '讲了什么',
    '咋说',
    '咋讲',
    '说了些',
    '说说',
    '怎么讲',
    '怎么写',
    'say',
    'mention',
  ],
  become: ['打造成', '打造', '建成', '建设成', '定位', '成为', 'become', 'aim to be'],
  growth: [
    '增长',
    '增加',
    '增幅',
    '提高多少',
    '提升多少',
    '差距',
    '相差',
    '差多少',
    '还差',
    '翻',
    'growth',
    'grow',
    'increase',
    'gap',
  ],
  baseline: [
    '基期',
    '基数',
    '2020',
    '现有',
    '现在',
    '目前',
    '现状',
    '已有',
    '十三五末',
    '原来',
    'baseline',
    'currently',
    'now',
  ],
  targets: [
    '目标',
    '指标',
    '多少',
    '达到',
    '2025',
    '到期',
    'target',
    'goal',
    'indicator',
    'how much',
    'how many',
  ],
  partOf: [
    '属于',
    '归属',
    '隶属',
    '归哪',
    '算哪',
    '哪个类',
    '哪一类',
    '哪类',
    '什么类',
    '分类',
    '类别',
    '上级',
    'belong',
    'categor',
    'part of',
  ],
  whatIs: [
    '是什么',
    '什么是',
    '是啥',
    '干嘛',
    '干啥',
    '干什么',
    '做什么',
    '介绍',
    '简介',
    '是指',
    'what is',
    'tell me about',
    'who is',
  ],
  parts: [
    '一部分',
    '组成部分',
    '包括',
    '包含',
    '组成',
    '构成',
    '下属',
    '细分',
    '分为',
    '哪几',
    '里头',
    '里面有',
    'consist',
    'include',
    'contain',
    'parts',
    'made up',
  ],
  count: [
    '多少个',
    '多少家',
    '多少项',
    '多少种',
    '多少类',
    '几个',
    '几家',
    '几项',
    '几种',
    '几类',
    '数量',
    '总数',
    'how many',
    'number of',
  ],
  ranking: [
    '最多',
    '最大',
    '最广',
    '排名',
    '排行',
    '前两',
    '前三',
    '前四',
    '前五',
    '前十',
    'the most',
    'top ',
  ],
  fewest: ['最少', '最小', 'the fewest', 'the least'],
  forWhom: [
    '针对谁',
    '面向谁',
    '为谁',
    '给谁',
    '哪些人',
    '服务谁',
    '对象',
    '吸引什么人',
    '引进什么人',
    '什么人',
    'for whom',
    'who is it for',
    'aimed at',
  ],
  howGrown: [
    '怎么培养',
    '如何培养',
    '怎样培养',
    '咋培养',
    '咋引进',
    '怎么培育',
    '如何培育',
    '怎么引进',
    '如何引进',
    '怎样引进',
    '途径',
    '渠道',
    '通过什么',
    '靠什么',
    'how is',
    'how are',
  ],
  partners: ['合作', '共建', '携手', 'partner', 'cooperat', 'work with'],
} as const satisfies Record<string, readonly string[]>;

export type Cue = keyof typeof CUE_WORDS;

function pattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Note: English words and stems must start a word (the 'no' of 'no' is not in 'economy').
  return new RegExp(escaped.map((w) => (/^[a-z]/.test(w) ? `\\b${w}` : w)).join('|'));
}

const PATTERNS = Object.fromEntries(
  Object.entries(CUE_WORDS).map(([cue, words]) => [cue, pattern(words)]),
) as Record<Cue, RegExp>;

/** Whether the question (names blanked) holds one of the cue's words. */
export function has(rest: string, cue: Cue): boolean {
  return PATTERNS[cue].test(rest);
}

/** Where the cue's words are in the question. */
export function cuesAt(rest: string, cue: Cue): number[] {
  return [...rest.matchAll(new RegExp(PATTERNS[cue].source, 'g'))].map((m) => m.index);
}

/** Words that hold a negation's character without negating: 有没有 asks yes or no, 未来 is the future. */
const NOT_NEGATIONS =
  /有没有|是不是|是否|可不可以|能不能|会不会|不断|不仅|不只|不但|不同|不少|不足|未来|无论|不管|毫无疑问/g;

/** Negation: the answer is what the plan does not link. */
const NEGATION = /没有|没|不是|不|尚未|未|无|缺少|缺乏|\bnot\b|n't\b|\bno\b|\bwithout\b|\black/g;

/** Scope: 除了 X, X 以外 — the answer leaves X out. */
const SCOPE = /除了|除去|除开|除|以外|之外|\bexcept\b|\bother than\b|\bbesides\b|\bapart from\b/g;

export interface Negation {
  /** The word as the question writes it. */
  readonly word: string;
  readonly start: number;
  readonly kind: 'NEGATION' | 'SCOPE';
}

/** The negation and scope words of a question (names blanked), in question order. */
export function negationsIn(rest: string): Negation[] {
  const plain = rest.replace(NOT_NEGATIONS, (m) => '□'.repeat(m.length));
  const found: Negation[] = [];
  for (const [kind, re] of [
    ['NEGATION', NEGATION],
    ['SCOPE', SCOPE],
  ] as const)
    for (const m of plain.matchAll(re)) found.push({ word: m[0], start: m.index, kind });
  return found.sort((a, b) => a.start - b.start);
}
