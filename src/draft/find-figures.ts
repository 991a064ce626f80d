import { sentencesOf } from '../domain/sentences.js';
import { boundOf } from '../import/parse/number-forms.js';

/**
 * A figure the prose states (besides the indicator table): a goal the plan sets (到2025年……创建省级众创空间20家)
 * or one it reports (截至2020年底……国家级领军人才52名), with the words that say what it counts.
 */
export interface DraftFigure {
  readonly kind: 'goal' | 'observation';
  /** What it counts, as the clause writes it (a verb carried over from the clause before where it is left out). */
  readonly name: string;
  readonly value: number;
  /** The upper end of a range (6-8家). */
  readonly valueMax?: number;
  readonly unit: string;
  readonly comparator: 'EXACT' | 'AT_LEAST' | 'MORE_THAN' | 'RANGE';
  /** A goal led by 新增, 引进, 创建 …: an addition over the period, not a level to reach. */
  readonly increment: boolean;
  /** A goal's target year; an observation's year (the first of a period). */
  readonly year: number;
  /** An observation over a period (五年内, “十三五”期间): its last year. */
  readonly yearEnd?: number;
  /** A change (比2015年增长74.1%): the year compared with. */
  readonly comparedTo?: number;
  /** The clause from its first word to the unit (and 以上), verbatim: `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** How firmly the sentence says which kind it is: its own marker 0.8, its paragraph's 0.6, its chapter's 0.5. */
  readonly confidence: number;
}

export interface FigurePeriod {
  /** The plan's first and last year (2021, 2025): a year before the first is reported, the last is aimed at. */
  readonly start: number;
  readonly end: number;
}

// Longest first, so that 万人 is not read as 万 + 人.
const UNITS = [
  '万平方米',
  '个百分点',
  '万人次',
  '平方米',
  '人次',
  '万人',
  '万名',
  '人年',
  '亿元',
  '万元',
  '名',
  '人',
  '个',
  '家',
  '件',
  '项',
  '所',
  '只',
  '套',
  '户',
  '支',
  '座',
  '条',
  '批',
  '倍',
  '%',
  '％',
];
const FIGURE = new RegExp(
  `(?<![\\d.第])(\\d+(?:\\.\\d+)?)(?:\\s*[-~～—–至]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNITS.join('|')})(以上)?`,
  'gu',
);
// FIGURE without its global state, for a yes-or-no test.
const ANY_FIGURE = new RegExp(FIGURE.source, 'u');
// Where a clause begins: after these, or at the sentence's start. 、 is crossed while the clause before holds
// no figure: it separates names inside one (新增国家级、省级博士后工作站5家以上), not two figures.
const CLAUSE_BREAK = /[，,；;：:！!？?]/;
// Global: `lastIndex` finds the last of them.
const GOAL_MARKER = /到\d{4}年|力争|确保|争取|目标|预计/g;
const PAST_MARKER = /截至|截止|以来|期间|五年内|五年来|\d{4}年底|\d{4}年末|十三五/g;
// Words that report only when no marker above says otherwise: 拥有 is also in names (发明专利拥有量), and a team
// to be built that has so many (打造一支拥有百名领军人才…的队伍) is aimed at.
const PAST_WORD = /已|现有|建有|(?<!一支)拥有(?!量)/;
// A count in words before what it counts (打造一支拥有百名领军人才、千名骨干人才、万名后备人才的诸商队伍).
const COUNT_IN_WORDS =
  /(?<![\d一二三四五六七八九十百千万每])([百千万])名(\p{Script=Han}[^、，,。；;：:的和及与]{1,12})/gu;
const WORD_VALUES: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 10000 };
const PAST_CHAPTER = /基础|现状|回顾|成效|成就|形势|进展/;
const GOAL_CHAPTER = /目标|任务|举措|措施|重点|工程|行动/;
// Words that only lead into the figure's subject, never part of what it counts.
const LEADING = new RegExp(
  `^(?:(?:到|截至|截止)\\d{4}年(?:底|末)?|\\d{4}年(?:底|末)?|力争|确保|争取|其中|同时|此外|并且?|以及|和|及|全年|每年|“十三五”期间|五年内|五年来)+`,
);
const TRAILING = /(?:分别)?(?:达到|达|超过|突破|为|约|近|累计|共计?|共有)$/;
const VERB = /^(?:新引进|引进培育|新增|新建|引进|培育|创建|建成|建设|打造|认定|引育|招引|培养|实现|建立)/;

/**
 * Every figure a sentence of the prose states, read as a goal or an observation from the sentence's own wording
 * (到2025年, 力争 … or 截至2020年底, “十三五”期间 …), else its paragraph's, else its chapter's title (发展基础 or
 * 主要目标). A figure whose kind none of them tells is left out: a draft states nothing it cannot ground.
 * `chapterTitleAt` gives the title of the chapter an offset is in; `skip` the spans (tables) to pass over.
 */
export function findFigures(
  text: string,
  period: FigurePeriod,
  chapterTitleAt: (offset: number) => string,
  skip: readonly { readonly start: number; readonly end: number }[] = [],
): DraftFigure[] {
  const figures: DraftFigure[] = [];
  for (const sentence of sentencesOf(text)) {
    if (skip.some((s) => sentence.start < s.end && s.start < sentence.end)) continue;
    const body = text.slice(sentence.start, sentence.end);
    const paragraphStart = text.lastIndexOf('\n', sentence.start) + 1;
    const before = text.slice(paragraphStart, sentence.start);
    let previous: { name: string; end: number; verb: string | undefined } | undefined;
    for (const match of body.matchAll(FIGURE)) {
      const at = match.index;
      const [whole, number, upper, unit] = match;
      if (number === undefined || unit === undefined) continue;
      const clauseStart = clauseStartBefore(body, at);
      const raw = body.slice(clauseStart, at);
      const lead = LEADING.exec(raw)?.[0].length ?? 0;
      let name = raw.slice(lead).replace(TRAILING, '').trim();
      // What the figure counts is written after the last 的 (…效益显著的领军型创新创业团队): the verb stays.
      const verb = VERB.exec(name)?.[0];
      const cut = name.lastIndexOf('的');
      if (cut >= 0) name = `${verb ?? ''}${name.slice(cut + 1)}`;
      const gap = previous === undefined ? '' : body.slice(previous.end, clauseStart + lead);
      if (previous !== undefined && /^[、，,\s]*$/.test(gap)) {
        // 新增国家级企业技术中心1家,省级企业技术中心6-8家: the second takes the first's verb.
        if (verb === undefined && previous.verb !== undefined && !/^[与同和在对向为]/.test(name))
          name = `${previous.verb}${name}`;
        // 全市人才资源总量达32.2万人,比2015年增长74.1%: the change is of the figure before.
        if (name.startsWith('比')) name = `${previous.name}${name}`;
      }
      const end = at + whole.length;
      if (Array.from(name).length < 2 || /^\d/.test(name)) {
        previous = undefined;
        continue;
      }
      const value = Number(number);
      const valueMax = upper === undefined ? undefined : Number(upper);
      const clause = body.slice(0, end);
      const kind = kindOf(clause, before, chapterTitleAt(sentence.start));
      const nameVerb = VERB.exec(name)?.[0];
      previous = { name, end, verb: nameVerb };
      if (kind === undefined) continue;
      const quote = body.slice(clauseStart + lead, end);
      const comparator = valueMax !== undefined ? 'RANGE' : boundOf(quote, value, unit);
      const years = [...clause.matchAll(/(?<!比)(\d{4})年/g)].map((m) => Number(m[1]));
      const compared = /比(\d{4})年/.exec(name)?.[1];
      const overPeriod = /五年内|五年来|十三五/.test(before + clause);
      const reported = years.filter((y) => y < period.start).at(-1);
      figures.push({
        kind: kind.kind,
        name,
        value,
        ...(valueMax === undefined ? {} : { valueMax }),
        unit,
        comparator,
        increment: kind.kind === 'goal' && nameVerb !== undefined && !/^(?:实现|建立)$/.test(nameVerb),
        year:
          kind.kind === 'goal'
            ? (years.filter((y) => y >= period.start).at(-1) ?? period.end)
            : overPeriod
              ? period.start - 5
              : (reported ?? period.start - 1),
        ...(kind.kind === 'observation' && overPeriod ? { yearEnd: period.start - 1 } : {}),
        ...(compared === undefined ? {} : { comparedTo: Number(compared) }),
        start: sentence.start + clauseStart + lead,
        end: sentence.start + end,
        confidence: kind.confidence,
      });
    }
    for (const match of body.matchAll(COUNT_IN_WORDS)) {
      const [whole, count, counted] = match;
      const value = WORD_VALUES[count ?? ''];
      if (value === undefined || counted === undefined) continue;
      const end = match.index + whole.length;
      const kind = kindOf(body.slice(0, end), before, chapterTitleAt(sentence.start));
      if (kind === undefined) continue;
      const years = [...body.slice(0, end).matchAll(/(?<!比)(\d{4})年/g)].map((m) => Number(m[1]));
      figures.push({
        kind: kind.kind,
        name: counted,
        value,
        unit: '名',
        comparator: 'EXACT',
        increment: false,
        year:
          kind.kind === 'goal'
            ? (years.filter((y) => y >= period.start).at(-1) ?? period.end)
            : (years.filter((y) => y < period.start).at(-1) ?? period.start - 1),
        start: sentence.start + match.index,
        end: sentence.start + end,
        confidence: kind.confidence,
      });
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** Where the clause holding the figure at `at` begins in `body`. */
function clauseStartBefore(body: string, at: number): number {
  let start = at;
  while (start > 0) {
    const ch = body[start - 1] ?? '';
    if (CLAUSE_BREAK.test(ch)) break;
    if (ch === '、') {
      // A figure before the 、 ends a clause of its own; a bare name continues this one.
      const segmentStart = Math.max(
        ...['，', ',', '；', ';', '：', ':', '、'].map((c) => body.lastIndexOf(c, start - 2) + 1),
        0,
      );
      if (ANY_FIGURE.test(body.slice(segmentStart, start - 1))) break;
    }
    start--;
  }
  return start;
}

function kindOf(
  clause: string,
  paragraphBefore: string,
  chapterTitle: string,
): { kind: DraftFigure['kind']; confidence: number } | undefined {
  const goal = lastIndex(clause, GOAL_MARKER);
  const past = lastIndex(clause, PAST_MARKER);
  if (goal >= 0 || past >= 0) return { kind: goal > past ? 'goal' : 'observation', confidence: 0.8 };
  if (PAST_WORD.test(clause)) return { kind: 'observation', confidence: 0.8 };
  const goalBefore = lastIndex(paragraphBefore, GOAL_MARKER);
  const pastBefore = lastIndex(paragraphBefore, PAST_MARKER);
  if (goalBefore >= 0 || pastBefore >= 0)
    return { kind: goalBefore > pastBefore ? 'goal' : 'observation', confidence: 0.6 };
  if (PAST_CHAPTER.test(chapterTitle)) return { kind: 'observation', confidence: 0.5 };
  if (GOAL_CHAPTER.test(chapterTitle)) return { kind: 'goal', confidence: 0.5 };
  return undefined;
}

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}
