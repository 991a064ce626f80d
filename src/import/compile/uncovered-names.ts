import type { CompiledPlan } from './compiled-plan.js';
import { occurrences } from '../parse/source-index.js';

/** A name-like phrase in the text that is neither an entity's name or alias nor on the ignore list. */
export interface Candidate {
  /** The phrase, from the last delimiter before it up to its suffix. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** What made it a candidate: a suffix such as 计划 or 人才, or “” for a quoted term. */
  readonly pattern: string;
  readonly sectionPath: string;
}

// Program-like suffixes end a name wherever they stand; noun suffixes only where a phrase ends (人才工作 is not
// a name ending in 人才).
const NAME_SUFFIXES = ['计划', '行动', '工程', '机制', '制度', '改革', '专列'];
const NOUN_SUFFIXES = [
  '人才',
  '平台',
  '产业',
  '工作站',
  '工作室',
  '中心',
  '基地',
  '小镇',
  '综合体',
  '驿站',
  '飞地',
  '孵化器',
  '研究院',
  '智库',
  '人才库',
  '资料库',
  '基金',
  '团队',
  '高地',
  '示范区',
  '试验区',
  '需求库',
  '机构',
  '经营者',
  '集团',
];
const PHRASE_END = /^($|[,、。;:“”《》()（）【】|\s等和与及或的队])/;
const DELIMITER = /[,、。;:“”《》()（）【】|\s的和与及或等在对向为把将从由按以]/;

/**
 * Candidate names found by pattern — phrases ending in one of the suffixes above, and every term the text puts
 * in “quotes” — that no mention of an entity covers and no ignore entry explains.
 */
export function findUncovered({ graph, dataset, source }: CompiledPlan): Candidate[] {
  const { text } = source;
  const mentions = graph.mentions.map((m) => [m.start, m.end] as const);
  const ignored = dataset['coverage.yaml'].ignore.flatMap(({ term }) =>
    occurrences(text, term).map((at) => [at, at + term.length] as const),
  );
  const inside = (
    spans: readonly (readonly [number, number])[],
    start: number,
    end: number,
    longerThan = 0,
  ) => spans.some(([s, e]) => s <= start && end <= e && e - s > longerThan);

  const candidates: Candidate[] = [];
  // A mention covers a suffix only if it is longer than the suffix, and a quoted term only if it spans it all.
  const add = (start: number, end: number, pattern: string, minLength: number) => {
    if (inside(mentions, end - minLength, end, minLength - 1) || inside(ignored, end - minLength, end))
      return;
    let from = start;
    while (from > 0 && start - from < 16 && !DELIMITER.test(text[from - 1] ?? '')) from--;
    if (pattern !== '“”' && from === start) return;
    candidates.push({
      text: text.slice(from, end),
      start: from,
      end,
      pattern,
      sectionPath: source.sectionAt(from, end).path,
    });
  };

  for (const suffix of [...NAME_SUFFIXES, ...NOUN_SUFFIXES]) {
    for (const at of occurrences(text, suffix)) {
      const end = at + suffix.length;
      if (NOUN_SUFFIXES.includes(suffix) && !PHRASE_END.test(text.slice(end, end + 1))) continue;
      // 制度化, 机制化: an adjective, not a name.
      if (text[end] === '化') continue;
      add(at, end, suffix, suffix.length + 1);
    }
  }
  // 队伍 (a team) follows a team's name (青年人才队伍, 诸商队伍): a candidate only where no modelled name ends
  // right before it.
  for (const at of occurrences(text, '队伍')) {
    if (mentions.some(([, e]) => e === at)) continue;
    add(at, at + 2, '队伍', 3);
  }
  for (const match of text.matchAll(/“([^”\n]{1,40})”/g)) {
    const start = match.index + 1;
    const length = match[1]?.length ?? 0;
    add(start, start + length, '“”', length);
  }
  return candidates.sort((a, b) => a.start - b.start);
}
