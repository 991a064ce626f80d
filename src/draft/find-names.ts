import { foldTraditional } from '../domain/normalize-name.js';
import { isFullStop } from '../domain/sentences.js';
import { findAll } from '../import/parse/aho-corasick.js';
import { ENDINGS, kindOfName, kindOfNoun, type DraftKind } from './kind-suffixes.js';

/** How a name was found: the evidence a curator weighs first. */
export type FoundBy = 'KNOWN' | 'BOOK_TITLE' | 'ENUMERATION' | 'ENDING';

/** One place the text names something, with the kind read from it. Offsets are UTF-16, into the whole text. */
export interface NameCandidate {
  /** The name as written, quotation marks left out (“新型学徒”培养机制 → 新型学徒培养机制). */
  readonly name: string;
  readonly kind: DraftKind;
  readonly start: number;
  readonly end: number;
  readonly by: FoundBy;
  /** 0–1: how sure the pattern is that this is a name of this kind. */
  readonly confidence: number;
}

/** A name a curated plan already holds (its name or an alias), with its kind: found in every new plan. */
export interface KnownName {
  readonly spelling: string;
  readonly name: string;
  readonly kind: DraftKind;
}

// Where a phrase ends: punctuation, line ends, and the words that join two names (和, 与, 及).
const BREAK = /[，,。；;：:、！？!?\n\s（）()【】[\]的和与及或]/u;

// Words a plan writes before a name: verbs of action (建设, 打造 …), prepositions, adverbs and quantifiers. A
// name starts after the last of them; a name that holds one (高技能人才培育计划) keeps it when what follows the
// word is no more than the name's ending (see `startOf`).
const LEADS = [
  '建设',
  '打造',
  '构建',
  '完善',
  '健全',
  '实施',
  '推进',
  '推动',
  '加快',
  '加强',
  '深化',
  '依托',
  '围绕',
  '聚焦',
  '建立',
  '设立',
  '搭建',
  '申建',
  '争取',
  '布局',
  '形成',
  '引导',
  '支持',
  '鼓励',
  '吸引',
  '集聚',
  '引进',
  '培养',
  '培育',
  '提升',
  '强化',
  '发挥',
  '促进',
  '开展',
  '创建',
  '扶持',
  '优化',
  '拓宽',
  '打通',
  '对接',
  '融入',
  '承担',
  '随着',
  '申报',
  '畅通',
  '引聚',
  '驱动',
  '赋能',
  '提供',
  '拥有',
  '造就',
  '邀请',
  '成立',
  '探索',
  '落实',
  '出台',
  '制定',
  '用好',
  '做强',
  '发展',
  '一批',
  '一支',
  '各类',
  '各级',
  '高水平',
  '高标准',
  '全方位',
  '通过',
  '着力',
  '努力',
  '不断',
  '进一步',
  '切实',
  '全力',
  '主动',
  '精准',
  '积极',
  '大力',
  '深入',
  '持续',
  '全面',
  '重点',
  '继续',
  '坚持',
  '充分',
  '加大',
  '力争',
  '确保',
  '实现',
  '巩固',
  '放大',
  '激励',
  '激发',
  '增强',
  '厚植',
  '营造',
  '构筑',
  '覆盖',
  '按照',
  '争创',
  '谋划',
  '遴选',
  '组建',
  '建强',
  '促使',
  '拉动',
  '加速',
  '推广',
  '满足',
  '打破',
  '就业',
  '支撑',
  '共建',
  '突出',
  '助推',
  '结合',
  '统筹',
  '承接',
  // Figures' subjects: 截至2020年底,全县高技能人才3.2万人; 新增省级众创空间3家.
  '全市',
  '全县',
  '全区',
  '全省',
  '新增',
  '新建',
  '建有',
  '累计',
  '现有',
  '共有',
  '给予',
  '直面',
  '举荐',
  '礼敬',
  '尊重',
  '印发',
  '关于',
  '适时调整',
  '全市域',
  '全市',
  '我市',
  '全域',
  '各支',
  '不同层次',
  '高素质',
  '高质量',
  '高能级',
  '一流',
  '海内外',
  '国内外',
  '资深',
  '急需',
  '长远规划',
  '零门槛',
  '新引进',
  '引育',
  '孵化',
  '特别是',
  '省级',
  '包括',
  '其中',
  '以上',
  '让',
  '要',
  '认定',
  '打好',
  '评估',
  '以',
  '在',
  '对',
  '为',
  '把',
  '向',
  '由',
  '将',
  '等',
].sort((a, b) => b.length - a.length);

// A heading's own numbering before its title: 一、 第一章 (一) 第一节 1. ——
const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[章节][\s\u3000]*|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．]|——|[一二三四五六七八九十]+是)/u;

// Who a plan's people are not: the talent of a place, a period or everyone (诸暨市人才, 区域人才, 各类人才), those
// a program selects (诸暨英才计划人才: the program is the name), those a platform serves (市场平台服务人才), and
// slogans (产业-人才).
const NOT_A_TEAM =
  /(?:(?:市|县|省|区域|全球|各类|时期|领域|十四五)人才|(?:计划|工程).*(?:人才|团队)|(?:平台|基地|飞地|园区)(?:服务|孵化|培育|培养|集聚|吸引|引育)人才)$|[-+—]/u;

/**
 * Every name the patterns find in the text, in text order: titles in 《》 (policies), the members of an
 * enumeration whose closing noun gives their kind (数智安防、现代环保等产业), names the curated plans already
 * hold, phrases ending in a kind's word (…平台, …计划, …人才) or joined to one by 和 (社会事业和社会治理领军人才),
 * a kind's word standing alone (大学生, 组织部门), and quoted terms a program's verb or a use names (“春秋专列”,
 * “人才码”). A place may yield several names, one inside another (高技能人才 in 高技能人才培育计划), as the plans'
 * own datasets hold both.
 */
export function findNames(original: string, known: readonly KnownName[] = []): NameCandidate[] {
  // Read on the text folded to Simplified (the endings, the lexicon), quoted from the text as written: a plan in
  // Traditional script keeps its own spellings (雛鷹領航計劃), at the same offsets.
  const text = foldStops(foldQuotes(foldTraditional(original)));
  const found = [
    ...bookTitles(text),
    ...enumerations(text),
    ...knownNames(text, known),
    ...endingNames(text),
    ...bareNames(text),
    ...quotedTerms(text),
  ];
  const joined = joinedNames(text, found);
  // A joined name is read instead of its second half at that place (职业经理人引育行动 there is half a name).
  const halves = new Set(joined.map(({ name, half }) => `${name.end}|${half}`));
  const read = [
    ...found.filter((f) => !halves.has(`${f.end}|${f.start}`)),
    ...joined.map(({ name }) => name),
  ].map((candidate) => (text === original ? candidate : asWritten(candidate, text, original)));
  // One name at one place once, its surest finding (乡村振兴人才 from …人才 and from …人才队伍).
  const surest = new Map<string, NameCandidate>();
  for (const candidate of read) {
    const key = `${candidate.start}|${candidate.name}`;
    const kept = surest.get(key);
    if (kept === undefined || candidate.confidence > kept.confidence) surest.set(key, candidate);
  }
  return [...surest.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A name read on the folded text, spelled as the original writes it: the same characters of the same span (a
 * name the curated plans hold keeps its curated spelling: it names that entity).
 */
function asWritten(candidate: NameCandidate, folded: string, original: string): NameCandidate {
  if (candidate.by === 'KNOWN') return candidate;
  const read = unquoted(folded.slice(candidate.start, candidate.end));
  const written = unquoted(original.slice(candidate.start, candidate.end));
  const at = read.indexOf(candidate.name);
  return at < 0 ? candidate : { ...candidate, name: written.slice(at, at + candidate.name.length) };
}

// What a measure's opening words end with when they name an action of the measure (新生代企业家培养和职业经理人引育
// 行动, 人才分类评价和市场评价改革).
const ACTION = /(?:培养|培育|引育|引进|评价|监管|共享|提升|服务|管理|建设)$/u;

/**
 * A name whose opening words are joined by 和, 与 or 及 to the name after them: words naming nothing of their own
 * (no kind's ending) that run parallel to that name's (社会事业和社会治理领军人才: a word shared) or, for a measure,
 * name an action as it does (新生代企业家培养和职业经理人引育行动). Two things side by side (技术资源和研发平台) are
 * not joined.
 */
function joinedNames(
  text: string,
  found: readonly NameCandidate[],
): { readonly name: NameCandidate; readonly half: number }[] {
  const joined: { readonly name: NameCandidate; readonly half: number }[] = [];
  for (const candidate of found) {
    const join = text.charAt(candidate.start - 1);
    if (candidate.by !== 'ENDING' || !/^[和与及]$/u.test(join)) continue;
    let from = candidate.start - 1;
    while (from > 0 && !BREAK.test(text.charAt(from - 1)) && candidate.start - from < 14) from--;
    if (from > 0 && !BREAK.test(text.charAt(from - 1))) continue;
    const words = text.slice(from, candidate.start - 1);
    // A field the measure is for opens no name (重点领域人才分类评价和市场评价改革).
    const opening = stripLeads(words.slice(NUMBERING.exec(words)?.[0].length ?? 0)).replace(/^.*领域/u, '');
    if (
      opening.length < 2 ||
      kindOfName(opening) !== null ||
      LEADS.includes(opening) ||
      /[\d“”]/u.test(opening)
    )
      continue;
    const stem = candidate.name.slice(0, -2);
    const parallel = bigrams(opening).some((pair) => stem.includes(pair));
    const actions = (candidate.kind === 'PROGRAM' || candidate.kind === 'PLATFORM') && ACTION.test(opening);
    if (!parallel && !actions) continue;
    joined.push({
      name: {
        ...candidate,
        name: `${opening}${join}${candidate.name}`,
        start: candidate.start - 1 - opening.length,
        confidence: candidate.confidence + 0.05,
      },
      half: candidate.start,
    });
  }
  return joined;
}

function bigrams(words: string): string[] {
  return Array.from({ length: Math.max(0, words.length - 1) }, (_, i) => words.slice(i, i + 2));
}

function bookTitles(text: string): NameCandidate[] {
  return [...text.matchAll(/《([^《》\n]{2,80})》/gu)].map((m) => ({
    name: m[1] ?? '',
    kind: 'POLICY' as const,
    start: m.index + 1,
    end: m.index + 1 + (m[1]?.length ?? 0),
    by: 'BOOK_TITLE' as const,
    confidence: 0.95,
  }));
}

function knownNames(text: string, known: readonly KnownName[]): NameCandidate[] {
  // Every plan's curated spellings in one pass over the text (the importer's matcher for mentions).
  const spellings = known.filter((k) => k.spelling.length >= 2);
  return findAll(
    text,
    spellings.map((k) => k.spelling),
  ).flatMap(({ pattern, start, end }) => {
    const name = spellings[pattern];
    return name === undefined
      ? []
      : [{ name: name.name, kind: name.kind, start, end, by: 'KNOWN' as const, confidence: 0.9 }];
  });
}

/**
 * Enumerations that say what their members are: `A、B、C等产业` (each member an industry, spelled with its
 * ending or not) and `以A、B、C为主导的D` (each a part of D: of its kind).
 */
function enumerations(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  // A member holds no 等 or 为: those close the list (…等产业, 以…为主导). A quoted member may hold them, and
  // quoted members may follow one another with no 、 (打造“诸暨岛”“高新岛”等飞地平台); a quoted term alone is a list
  // of one (依托“人才管家”等数字化平台).
  const plain = '[^、，,。；;：:\\n《》“”等为]{2,16}';
  const member = `(?:[^、，,。；;：:\\n《》“”等为]{0,12}“[^”\\n]{1,14}”|${plain})`;
  const closing = new RegExp(
    `((?:${member}${MEMBER_BREAK.source})+${member}?|“[^“”\\n]{2,14}”)等(?:[一二三四五六七八九十\\d]+[大个类项])?([^，,。；;：:、\\n]{1,8})`,
    'gu',
  );
  for (const m of text.matchAll(closing)) {
    const noun = m[2] ?? '';
    // 教育、卫生、文化等领域人才: the members are fields the noun's people work in, not entities of its kind.
    if (/^(?:领域|方面|行业|部门|专业|环节|资本|要素)/u.test(noun)) continue;
    const kind = nounKind(noun);
    if (kind === null) continue;
    found.push(...members(m[1] ?? '', m.index, kind));
  }
  const grouped = new RegExp(`以((?:${member}、)+${member})${ROLE}的([^，,。；;：:、\\n]{2,10})`, 'gu');
  for (const m of text.matchAll(grouped)) {
    const kind = nounKind(m[2] ?? '');
    if (kind === null) continue;
    found.push(...members(m[1] ?? '', m.index + 1, kind));
  }
  // Each member with its own role: 以汽车装备为主导、航空航天为特色的“1+1”产业.
  const roles = new RegExp(`以((?:${plain}${ROLE}、)+${plain}${ROLE})的([^，,。；;：:、\\n]{2,10})`, 'gu');
  for (const m of text.matchAll(roles)) {
    const kind = nounKind(unquoted(m[2] ?? ''));
    if (kind === null) continue;
    const list = (m[1] ?? '').replace(new RegExp(ROLE, 'gu'), (role) => ' '.repeat(role.length));
    found.push(
      ...members(list, m.index + 1, kind).map((member) => ({
        ...member,
        name: member.name.trimEnd(),
        end: member.end - (member.name.length - member.name.trimEnd().length),
      })),
    );
  }
  return found;
}

/** The part a group's members play in it: 以A、B为主导的X, 以A为主导、B为特色的X (a regular expression's source). */
export const ROLE = '为(?:主导|特色|重点|核心|主体|代表|引领)';

/** The kind the longest opening of `noun` that is a kind's word gives (战略性新兴产业集… → 战略性新兴产业 → INDUSTRY). */
function nounKind(noun: string): DraftKind | null {
  // The noun ends where the sentence goes on (…等战略性新兴产业集聚人才: 战略性新兴产业).
  const cut = LEADS.map((word) => noun.indexOf(word, 1)).filter((at) => at > 0);
  const head = cut.length === 0 ? noun : noun.slice(0, Math.min(...cut));
  const whole = kindOfNoun(head);
  if (whole !== null) return whole;
  for (let length = noun.length; length >= 1; length--) {
    const kind = kindOfNoun(noun.slice(0, length));
    if (kind !== null) return kind;
  }
  return null;
}

// Between two members of a list: 、, or nothing between two quotations.
const MEMBER_BREAK = /(?:、|(?<=”)(?=“))/u;

function members(list: string, at: number, kind: DraftKind): NameCandidate[] {
  const found: NameCandidate[] = [];
  const parts: { part: string; offset: number }[] = [];
  let from = 0;
  for (const cut of list.matchAll(new RegExp(MEMBER_BREAK.source, 'gu'))) {
    parts.push({ part: list.slice(from, cut.index), offset: at + from });
    from = cut.index + cut[0].length;
  }
  parts.push({ part: list.slice(from), offset: at + from });
  for (const { part, offset } of parts) {
    // The first member may follow the word that joins the list to its sentence (与清华大学、浙江大学等高校).
    const joined = /^[与和及]/u.test(part) ? 1 : 0;
    const lead = part.length - stripLeads(part.slice(joined)).length;
    const name = part.slice(lead);
    const own = kindOfName(name);
    // An industry is named without its ending (精密制造、时尚袜艺等产业), a team or a platform is not: members without
    // one are fields or activities (设计、智造等新业态人才; 科技攻关、成果转化等功能性平台), unless quoted.
    const field = own === null && (kind === 'TALENT_TEAM' || kind === 'PLATFORM') && !/^[“"「]/u.test(name);
    if (name.length >= 2 && name.length <= 14 && !field) {
      found.push({
        name: unquoted(name),
        kind: own ?? kind,
        start: offset + lead,
        end: offset + part.length,
        by: 'ENUMERATION',
        confidence: 0.8,
      });
    }
  }
  return found;
}

/** Phrases ending in a kind's word: the name runs from after the words that lead to it up to that ending. */
function endingNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const { phrase, at } of phrases(text)) {
    const base = phrase.length - stripLeads(phrase).length;
    for (let end = base + 2; end <= phrase.length; end++) {
      const kind = kindOfName(unquoted(phrase.slice(base, end)));
      if (kind === null || WORD_GOES_ON.test(phrase.slice(end))) continue;
      const start = startOf(phrase, base, end, kind);
      if (start === null) continue;
      // A name the plan quotes in part starts where its quotation does (新生代企业家“常青藤”培育计划 names
      // 常青藤培育计划): both readings are kept, the quoted one surer.
      const quoted = phrase.indexOf('“', start);
      const starts = quoted > start && quoted < end ? [start, quoted] : [start];
      for (const from of starts) {
        const raw = phrase.slice(from, end);
        // A quotation cut in two (推广应用“人才码” read up to 人才) names nothing.
        if ((raw.match(/“/gu)?.length ?? 0) !== (raw.match(/”/gu)?.length ?? 0)) continue;
        const name = teamOf(unquoted(raw));
        // Two characters the plan calls its ranks are a team (教师队伍, 诸商队伍), unless they are a kind's bare word.
        const ranks =
          name.length === 2 && name !== unquoted(raw) && !ENDINGS.some(({ ending }) => ending === name);
        const nameKind = ranks ? 'TALENT_TEAM' : kindOfName(name);
        // A name with the bare word 平台 after it is that name (“科创飞地”平台, 枫桥学院平台): the word says what it
        // is. Not a field's (重点产业平台, 人才平台: the field alone names no platform).
        const named = name.endsWith('平台') && namesItselfBeforePlatform(name.slice(0, -2));
        if (
          named ||
          (name.length < 3 && !ranks) ||
          name.length > 20 ||
          nameKind === null ||
          (nameKind === 'TALENT_TEAM' && NOT_A_TEAM.test(name))
        )
          continue;
        // A name closing its phrase is a name; one inside a longer run (产业人才 in 产业人才集聚平台) may be a word.
        const closes =
          end === phrase.length ||
          closesName(phrase.slice(end)) ||
          (phrase.startsWith('平台', end) && namesItselfBeforePlatform(name));
        // Quotation marks set a term apart: the plan's own names (“领雁计划”, “最多跑一次”改革).
        const marked = raw.includes('“');
        found.push({
          name,
          kind: nameKind === 'GOAL' && STRATEGY.test(text.slice(at + end)) ? 'PROGRAM' : nameKind,
          start: at + from,
          end: at + end,
          by: 'ENDING',
          confidence:
            (closes ? 0.7 : 0.45) -
            (WEAK_ENDINGS.test(name) ? 0.25 : 0) -
            (!marked && tooGeneric(name) ? 0.25 : 0) +
            (marked ? 0.2 : 0) +
            (from > start ? 0.05 : 0),
        });
      }
    }
  }
  return found;
}

// After a goal, the word that makes it a strategy, alone or closing a list of such goals (深入实施“人才强市”和“创新强市”
// 首位战略, 围绕人才强市、创新强市战略部署): the goal names the program that pursues it.
const STRATEGY = /^”?(?:[、和与及]“?[^，,。；;、和与及“”]{2,8}”?)*(?:首位|发展)?战略/u;

// A character that makes an ending part of another word: 工程师, 大学生, 人才链, 产业化.
const WORD_GOES_ON = /^[师生链化]/u;

// Words that are a kind's ending and, alone, a name the family curates: groups of people (诸暨籍大学生, 海内外院士),
// kinds of platform (省级众创空间20家) and the bodies that lead or help the work (市委, 组织部门, 猎头机构).
const BARE_NAMES: readonly { readonly name: string; readonly kind: DraftKind }[] = [
  ...['大学生', '院士', '博士后', '研发人员'].map((name) => ({ name, kind: 'TALENT_TEAM' as const })),
  ...['众创空间', '孵化器', '加速器'].map((name) => ({ name, kind: 'PLATFORM' as const })),
  ...['组织部门', '猎头机构', '市委'].map((name) => ({ name, kind: 'INSTITUTION' as const })),
];

/**
 * Those words standing alone: after a break, a leading word, a count or a level (省级, 国家级, …籍), and before a
 * break, a joining word, a count or a verb that goes on about a name. Not inside a longer name (科技企业孵化器).
 */
function bareNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const { name, kind } of BARE_NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text.slice(Math.max(0, at - 3), at);
      const after = text.slice(at + name.length);
      const opens =
        /(?:^|[\n，,。；;：:、“（(和及与])$/u.test(before) ||
        /(?:级|籍|外|批|名|等)$/u.test(before) ||
        LEADS.some((word) => before.endsWith(word));
      // …or before words that make no longer name (诸暨籍大学生回归; not 大学生人才库, 大学生创业园).
      const runOn = after.slice(0, after.search(BREAK) < 0 ? after.length : after.search(BREAK));
      const ends =
        /^(?:[，,。；;：:、”）)和及与]|$)/u.test(after) ||
        closesName(after) ||
        (/^\p{Script=Han}/u.test(after) && !ENDINGS.some(({ ending }) => runOn.includes(ending)));
      if (opens && ends)
        found.push({ name, kind, start: at, end: at + name.length, by: 'ENDING', confidence: 0.55 });
    }
  }
  return found;
}

// Verbs a plan puts before a program it names in quotation marks without a kind's word (升级招才引智“春秋专列”).
const PROGRAM_VERBS =
  /(?:实施|推动|推进|开展|升级|畅通|评选一批|打好|探索实行|启动|担任)[^，,。；;：:“”]{0,8}$/u;

/**
 * A quoted term with no kind's word, closing its clause after a verb a plan gives its programs (升级招才引智“春秋
 * 专列”, 评选一批“诸暨名医”, 担任“引才大使”): a program; put to use (推广应用“人才码”, 推进“城市大脑”应用): a
 * platform. Believed a little (0.55): quotation marks also set slogans apart.
 */
function quotedTerms(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const m of text.matchAll(/“([^“”\n，,。；;]{2,8})”(?=([，,。；;、]|$|应用))/gmu)) {
    const name = m[1] ?? '';
    if (kindOfName(name) !== null || !/\p{Script=Han}{2}/u.test(name)) continue;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    // A quoted term the plan puts to use (推广应用“人才码”, 推进“城市大脑”应用) is a digital platform.
    const applied = m[2] === '应用' || /应用$/u.test(before);
    if (!applied && !PROGRAM_VERBS.test(before)) continue;
    found.push({
      name,
      kind: applied ? 'PLATFORM' : 'PROGRAM',
      start: m.index,
      end: m.index + m[0].length,
      by: 'ENDING',
      confidence: 0.55,
    });
  }
  return found;
}

/** The text cut into phrases between breaks, a heading's numbering left off; quotation marks stay inside. */
function phrases(text: string): { phrase: string; at: number }[] {
  const out: { phrase: string; at: number }[] = [];
  let from = 0;
  let inTitle = false;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !BREAK.test(text.charAt(i)) && !isBookMark(text, i)) continue;
    const titled = inTitle;
    if (isBookMark(text, i)) inTitle = text.charAt(i) === '《';
    if (titled) {
      from = i + 1;
      continue;
    }
    let phrase = text.slice(from, i);
    let at = from;
    const numbering = NUMBERING.exec(phrase)?.[0].length ?? 0;
    phrase = phrase.slice(numbering);
    at += numbering;
    if (phrase.length >= 3) out.push({ phrase, at });
    from = i + 1;
  }
  return out;
}

// A title in 《》 is found whole by `bookTitles`; its words are not cut into other names.
function isBookMark(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c === '《' || c === '》';
}

/**
 * Where a name ending at `end` starts: after the last leading word before its ending, unless what would be left
 * is the ending alone or one character more (培育计划, 培养机制): then the name keeps that word. Not for people:
 * a verb before 人才 (集聚人才, 培育人才) makes no team, and there is no name (null).
 */
function startOf(phrase: string, base: number, end: number, kind: DraftKind): number | null {
  const cuts = [base];
  for (let i = base; i < end; i++) {
    const lead = LEADS.find((word) => phrase.startsWith(word, i));
    // A leading word that opens a kind's word is that word (孵化 in 丝绸之路人才孵化器站点): no cut there.
    const opensEnding = ENDINGS.some(
      ({ ending }) => lead !== undefined && ending.length > lead.length && phrase.startsWith(ending, i),
    );
    // Nor after a kind's bare word, for what is not a team: 人才遴选举荐计划 is one name (人才 then a verb of it).
    const afterBareWord =
      kind !== 'TALENT_TEAM' &&
      (lead?.length ?? 0) >= 2 &&
      /^(?:人才|产业|企业|科技)$/u.test(phrase.slice(base, i));
    if (lead !== undefined && lead.length > 0 && !opensEnding && !afterBareWord) cuts.push(i + lead.length);
  }
  for (let c = cuts.length - 1; c >= 0; c--) {
    const start = cuts[c] ?? base;
    const name = unquoted(phrase.slice(start, end));
    const ending = ENDINGS.find((e) => name.endsWith(e.ending));
    if (ending !== undefined && name.length > ending.ending.length) return start;
    if (kind === 'TALENT_TEAM') return kindOfName(name) === null ? null : start;
  }
  return base;
}

// A count before a name: 三大传统优势产业, 一批……, 百名…….
const COUNT = /^[一二三四五六七八九十两百千万\d]+[大个类项支批名家所]/u;

function stripLeads(phrase: string): string {
  let rest = phrase;
  for (;;) {
    const count = COUNT.exec(rest)?.[0];
    const lead = count ?? LEADS.find((word) => rest.startsWith(word) && rest.length > word.length);
    if (lead === undefined || lead.length >= rest.length) return rest;
    rest = rest.slice(lead.length);
  }
}

// What follows a name where a sentence goes on about it: a count (孵化器3家), a verb (双创平台扩容提质), its
// brand or model (加速器品牌, 离岛式孵化平台模式).
const AFTER_NAME =
  /^(?:\d|[一二三四五六七八九十百千万]+[家个所名]|品牌|模式|扩容|提质|指导|牵头|负责|协调|落地|转化|升级|运营|引领|带动|统筹|覆盖|达到|实现|获得|入选|每年)/u;

/** Whether `name` is a name of its own before the bare word 平台 (科创飞地, 枫桥学院), not a field (重点产业, 人才). */
function namesItselfBeforePlatform(name: string): boolean {
  return kindOfName(name) !== null && !/(?:产业|人才)$/u.test(name);
}

function closesName(rest: string): boolean {
  return (
    AFTER_NAME.test(rest) ||
    (LEADS.some((word) => rest.startsWith(word)) && !ENDINGS.some(({ ending }) => rest.startsWith(ending)))
  );
}

// Endings many plain phrases share (科技创新平台体系, 人才政策体系): a name with one needs more to be believed, a
// second place or quotation marks (named once and closing its phrase it stays under 0.5: 1 in 4 such was curated).
// An industries' 产业体系 (现代产业体系) is a whole the plans name, not a plain phrase.
const WEAK_ENDINGS = /(?:(?<!产业)体系|模式|战略|目录|改革|系统)$/u;

/**
 * A short program or goal the plan does not quote is most often a common phrase (长效机制, 重大工程, 人才高地);
 * the plan's own short names it quotes (“领雁计划”).
 */
function tooGeneric(name: string): boolean {
  const kind = kindOfName(name);
  return (
    (kind === 'PROGRAM' && (name.length <= 4 || ROUTINE_MECHANISM.test(name))) ||
    (kind === 'GOAL' && name.length < 6)
  );
}

// A mechanism named for routine work (人才管理机制, 人才工作运行机制, 服务工作机制) or for the system as a whole (人才
// 发展体制机制) is how a plan talks of its administration, not a measure it names.
const ROUTINE_MECHANISM = /(?:使用|管理|投入|运行|运营|工作|体制)机制$/u;

/**
 * A team is named without the word for its ranks: 科技创新人才队伍 is the team 科技创新人才, 诸暨工匠队伍 the
 * team 诸暨工匠 (a 团队 is a group in its own right and keeps its word).
 */
function teamOf(name: string): string {
  return name.endsWith('队伍') && name.length >= 4 ? name.slice(0, -2) : name;
}

function unquoted(name: string): string {
  return name.replace(/[“”"‘’「」『』]/gu, '');
}

/**
 * The text with its quotation marks as this plan family writes them (“…”), one character for one: ASCII "…" (a
 * text typed or converted with ASCII punctuation) opening and closing in turn on each line, and the corner
 * brackets 「…」 and 『…』 of Traditional-script texts.
 */
/** ASCII full stops as 。 (the same length: offsets hold), so that a name ends there as at 。. */
function foldStops(text: string): string {
  return text.replace(/\./gu, (stop, at: number) => (isFullStop(text, at) ? '。' : stop));
}

export function foldQuotes(text: string): string {
  if (!/["「」『』]/u.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      let open = false;
      return line.replace(/["「」『』]/gu, (mark) => {
        if (mark === '"') {
          open = !open;
          return open ? '“' : '”';
        }
        return mark === '「' || mark === '『' ? '“' : '”';
      });
    })
    .join('\n');
}
