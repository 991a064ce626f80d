import { sentencesOf, type SentenceSpan } from '../domain/sentences.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { ParsedSection } from '../import/parse/parse-sections.js';
import type { DraftEntity } from './draft-entities.js';
import { ROLE } from './find-names.js';
import type { DraftKind } from './kind-suffixes.js';

/** How a drafted link was read: as the curated data grades its bases. */
export type LinkReading = 'ENUMERATION' | 'SENTENCE' | 'HEADING' | 'PARAGRAPH' | 'NAME';

/** A link the text suggests between two drafted entities, with the quotes that carry it. */
export interface DraftRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  /** Verbatim: each names at least one end, together both. */
  readonly quotes: readonly string[];
  readonly by: LinkReading;
  readonly confidence: number;
}

// The links one sentence suggests between two kinds, from → to, with how sure the pairing alone is: the
// signatures the curated data uses (relation-signatures.ts), the likeliest type for each pair of kinds.
const SENTENCE_LINKS: readonly { from: DraftKind; to: DraftKind; type: RelationType; confidence: number }[] =
  [
    { from: 'PLATFORM', to: 'INDUSTRY', type: 'SUPPORTS', confidence: 0.6 },
    { from: 'PROGRAM', to: 'TALENT_TEAM', type: 'DEVELOPS', confidence: 0.6 },
    { from: 'PLATFORM', to: 'TALENT_TEAM', type: 'DEVELOPS', confidence: 0.5 },
    { from: 'PROGRAM', to: 'PLATFORM', type: 'RELIES_ON', confidence: 0.4 },
    { from: 'PROGRAM', to: 'INSTITUTION', type: 'RELIES_ON', confidence: 0.4 },
    // Weak: in the curated plan, a program or a team and an industry in one sentence are seldom a link.
    { from: 'PROGRAM', to: 'INDUSTRY', type: 'SERVES', confidence: 0.3 },
    { from: 'TALENT_TEAM', to: 'INDUSTRY', type: 'SERVES', confidence: 0.3 },
    { from: 'INSTITUTION', to: 'PLATFORM', type: 'PARTNERS_WITH', confidence: 0.3 },
  ];

// What lies between an enumeration's last member and the group it belongs to: …等三大 (A、B、C等三大X) or
// 为主导的 (以A、B、C为主导的X), or between a member and the group with each member's part said (以A为主导、B为特色
// 的“X”).
const TO_GROUP = new RegExp(
  `^(?:[、”“][^，,。；;：:]*?)?(?:等(?:[一二三四五六七八九十\\d]+[大个类项])?|${ROLE}的)$|^${ROLE}(?:、[^，,。；;：:为]{1,16}${ROLE})*的“?$`,
  'u',
);

/** A name that counts its parts (三区一杆一高地, 1+1产业, 一港两区), not one with a numeral in a word (长三角, 一体化). */
function counted(name: string): boolean {
  const numerals = name.match(/[一二三四五六七八九十两\d]/gu)?.length ?? 0;
  return numerals >= 2 && numerals * 4 >= Array.from(name).length;
}

// Between two members of a list: 、 (or 和, 及), and words of a member not drafted with it (、全国“人城产”全面).
const LIST_GAP = /^(?:[、和及][^，,。；;：:、]{0,8})$/u;

// What follows a body that leads the plan's work.
const LEADING = /^(?:统一)?(?:牵头|领导|抓总|指导协调|统筹)/u;

// Verbs by which people or a program serve an industry.
const SERVING = /驱动|服务|支撑|助力|助推|赋能|引领/u;

// The links a heading that is a name reads over what its section's body names, by the two kinds: the platform a
// heading names supports the industries and develops the teams its body names (五(一) 产业人才集聚平台: 在数智安防、
// 现代环保…等产业构建原始创新战略力量), partners with its universities, and the programs there rely on it; the
// programs and platforms under a team's heading develop it and it serves the industries there (驱动传统产业升级), the
// platforms under an industry's support it.
const HEADING_LINKS: readonly {
  readonly head: DraftKind;
  readonly body: DraftKind;
  readonly type: RelationType;
  /** From the heading's entity to the body's (SUPPORTS an industry), or the other way (DEVELOPS the team). */
  readonly fromHead: boolean;
}[] = [
  { head: 'PLATFORM', body: 'INDUSTRY', type: 'SUPPORTS', fromHead: true },
  { head: 'PLATFORM', body: 'TALENT_TEAM', type: 'DEVELOPS', fromHead: true },
  { head: 'PLATFORM', body: 'INSTITUTION', type: 'PARTNERS_WITH', fromHead: false },
  { head: 'PLATFORM', body: 'PROGRAM', type: 'RELIES_ON', fromHead: false },
  { head: 'TALENT_TEAM', body: 'PROGRAM', type: 'DEVELOPS', fromHead: false },
  { head: 'TALENT_TEAM', body: 'PLATFORM', type: 'DEVELOPS', fromHead: false },
  { head: 'TALENT_TEAM', body: 'INDUSTRY', type: 'SERVES', fromHead: true },
  { head: 'INDUSTRY', body: 'PLATFORM', type: 'SUPPORTS', fromHead: false },
];

// A list's close by its kind's bare noun: (、B、C)等产业, 等三大平台.
const BARE_CLOSING =
  /^(?:、[^，,。；;：:]*?)?等(?:[一二三四五六七八九十\d]+[大个类项])?(产业|平台|人才|计划|工程)/u;

// The titles of a plan's review and principles, as the family words them.
const REVIEW_TITLE =
  /发展基础|发展现状|面临形势|机遇与挑战|指导思想|指导思路|基本原则|总体要求|主要目标|发展目标/u;

// A team a sentence takes up as its topic, from its mention on: 高层次人才队伍建设, 青年人才培养力度, 本土人才培养
// (the mention may hold 队伍 itself), but not a program's name (高技能人才培育计划).
const TEAM_TOPIC =
  /^\p{Script=Han}+?(?:队伍建设|培养|培育|引育)(?!\p{Script=Han}{0,2}(?:计划|工程|行动|机制|体系))/u;

// A sentence that opens on the team it is about: 聚焦社会事业和社会治理领军人才,推进…
const TOPIC_OPENING = /^(?:聚焦|围绕|着眼)[^，,。；;]+[，,]$/u;

/**
 * The links the text suggests between the drafted entities: members of an enumeration and the group that closes
 * it (IN_CATEGORY for industries, PART_OF otherwise) and of a 其中/包括 list, pairs of kinds one sentence of the
 * tasks names together (a platform and an industry: SUPPORTS …), a program named for a team or an industry, a
 * paragraph's topic team over what the paragraph goes on to name, and a heading that is a name over what its
 * section's body names (the members of the group it names, the programs for the team it names). Each quoted
 * verbatim, strongest reading first, each pair once.
 */
export function draftRelations(
  text: string,
  entities: readonly DraftEntity[],
  sections: readonly ParsedSection[],
  planTitle?: string,
): DraftRelation[] {
  const sentences = sentencesOf(text);
  const quote = (s: SentenceSpan) => text.slice(s.start, s.end);
  const placed = sentences.map((sentence) =>
    entities.flatMap((entity) =>
      entity.places
        .filter((p) => p.start >= sentence.start && p.end <= sentence.end)
        .map((p) => ({ entity, ...p })),
    ),
  );
  // The review and the principles (发展基础, 面临形势, 指导思想, 主要目标 …) recount and aim; what they pair in a
  // sentence is seldom a link (2 of 16 in the curated plan), unlike the tasks and measures after them.
  const review = sections.filter((section) => REVIEW_TITLE.test(section.title));
  const inReview = (sentence: SentenceSpan) =>
    review.some((section) => sentence.start >= section.start && sentence.start < section.end);
  const found = new Map<string, DraftRelation>();
  const add = (relation: DraftRelation) => {
    if (relation.from === relation.to) return;
    const key = `${relation.type}|${relation.from}|${relation.to}`;
    const kept = found.get(key);
    if (kept === undefined || relation.confidence > kept.confidence) found.set(key, relation);
  };

  sentences.forEach((sentence, i) => {
    // 根据《A》《B》，制定本规划: the plan is based on each title it cites so.
    const said = quote(sentence);
    if (planTitle !== undefined && /(?:根据|依据|按照)《/u.test(said) && /(?:制定|编制)本规划/u.test(said)) {
      for (const { entity } of placed[i] ?? []) {
        if (entity.kind !== 'POLICY') continue;
        add({
          type: 'BASED_ON',
          from: planTitle,
          to: entity.name,
          quotes: [said],
          by: 'SENTENCE',
          confidence: 0.9,
        });
      }
    }
    const here = outermost(placed[i] ?? []);
    // 市委人才办牵头制定规划任务分解…, 组织部门牵头抓总: who leads the plan's work.
    if (planTitle !== undefined) {
      for (const { entity, end } of here) {
        if (entity.kind !== 'INSTITUTION' || !LEADING.test(text.slice(end, end + 6))) continue;
        add({
          type: 'LEADS',
          from: entity.name,
          to: planTitle,
          quotes: [said],
          by: 'SENTENCE',
          confidence: 0.6,
        });
      }
    }
    for (const member of here) {
      for (const group of here) {
        if (member.entity.kind !== group.entity.kind || member.end > group.start) continue;
        if (!TO_GROUP.test(text.slice(member.end, group.start))) continue;
        add(membership(member.entity, group.entity, [quote(sentence)], 0.8));
      }
    }
    // A group named by its count (按照“三区一杆一高地”…,把诸暨打造成为A、B、C、D、E) is what the list of its kind
    // that follows in the sentence spells out.
    for (const group of here) {
      if (!counted(group.entity.name)) continue;
      const list: typeof here = [];
      for (const p of here) {
        if (p.start < group.end || p.entity.kind !== group.entity.kind) continue;
        const previous = list.at(-1);
        if (previous !== undefined && !LIST_GAP.test(text.slice(previous.end, p.start))) break;
        list.push(p);
      }
      if (list.length < 2) continue;
      for (const member of list) add(membership(member.entity, group.entity, [said], 0.5));
    }
    // A list closed by a bare noun is of the group of that noun the sentence names before it (聚焦发展重量级未来
    // 产业,…在数智安防、现代环保…等产业构建…), or else after it.
    for (const member of here) {
      const closing = BARE_CLOSING.exec(text.slice(member.end, sentence.end));
      if (closing === null) continue;
      const nounAt = member.end + closing[0].length - (closing[1]?.length ?? 0);
      if (here.some((p) => p.start === nounAt)) continue;
      const ofNoun = (p: (typeof here)[number]) =>
        p.entity.kind === member.entity.kind &&
        p.entity.name.endsWith(closing[1] ?? '') &&
        text[p.end] !== '、';
      // The group named before the list, or else after it (…、C等平台建设,提升产业平台运行成效).
      const group =
        here.filter((p) => p.end <= member.start && ofNoun(p)).at(-1) ??
        here.find((p) => p.start >= nounAt && ofNoun(p));
      if (group === undefined) continue;
      add(membership(member.entity, group.entity, [said], 0.5));
    }
    // 其中/包括 lists: 高层次人才350名,其中,国家级领军人才52名、… and 国际高端创新人才,包括…高端人才和…顶尖人才.
    const list = /其中|包括/u.exec(said);
    if (list !== null) {
      const at = sentence.start + list.index;
      const group = here.filter((p) => p.end <= at).at(-1);
      // The list runs from its first member to the clause's end (、 and 和 join it; a comma or semicolon ends it).
      const first = here.find((p) => p.start > at && p.entity.kind === group?.entity.kind);
      const clauseEnd = first === undefined ? at : text.slice(first.end, sentence.end).search(/[，,；;]/u);
      const listEnd = first === undefined ? at : clauseEnd < 0 ? sentence.end : first.end + clauseEnd;
      for (const member of here) {
        if (group === undefined || member.start < at || member.end > listEnd) continue;
        if (member.entity.kind !== group.entity.kind) continue;
        if (group.entity.kind === 'INDUSTRY' || member.entity.name.includes(group.entity.name)) continue;
        add({
          type: 'PART_OF',
          from: member.entity.name,
          to: group.entity.name,
          quotes: [said],
          by: 'ENUMERATION',
          confidence: 0.6,
        });
      }
    }
    if (inReview(sentence)) return;
    // 依托浙江新时代枫桥经验研究院、…,完善…研究智库建设: the institutions 依托 names host the platforms built after.
    for (const host of here) {
      if (host.entity.kind !== 'INSTITUTION' || !reliedOn(host, here, text, sentence.start)) continue;
      for (const platform of here) {
        if (platform.entity.kind !== 'PLATFORM' || platform.start < host.end) continue;
        if (reliedOn(platform, here, text, sentence.start)) continue;
        add({
          type: 'HOSTS',
          from: host.entity.name,
          to: platform.entity.name,
          quotes: [said],
          by: 'SENTENCE',
          confidence: 0.5,
        });
      }
    }
    // 依托… opening a sentence names what the program of the sentence before relies on (重点开展社会治理人才培育计划。
    // 依托浙江新时代枫桥经验研究院、枫桥学院平台,…).
    const before = sentences[i - 1];
    if (
      said.startsWith('依托') &&
      before !== undefined &&
      !text.slice(before.end, sentence.start).includes('\n')
    ) {
      for (const program of outermost(placed[i - 1] ?? []).filter((p) => p.entity.kind === 'PROGRAM')) {
        for (const end of here) {
          if (end.entity.kind !== 'PLATFORM' && end.entity.kind !== 'INSTITUTION') continue;
          if (!reliedOn(end, here, text, sentence.start)) continue;
          add({
            type: 'RELIES_ON',
            from: program.entity.name,
            to: end.entity.name,
            quotes: [quote(before), said],
            by: 'PARAGRAPH',
            confidence: 0.5,
          });
        }
      }
    }
    for (const a of here) {
      for (const b of here) {
        const link = SENTENCE_LINKS.find((l) => l.from === a.entity.kind && l.to === b.entity.kind);
        if (link === undefined) continue;
        // 依托 before a platform or an institution, or before the list it heads, says what a program relies on; a
        // verb of service between a team or program and an industry after it (…顶尖人才,驱动传统产业升级) says whom
        // it serves.
        const cue =
          (link.type === 'RELIES_ON' && reliedOn(b, here, text, sentence.start)) ||
          (link.type === 'SERVES' && a.end <= b.start && SERVING.test(text.slice(a.end, b.start)))
            ? 0.2
            : 0;
        add({
          type: link.type,
          from: a.entity.name,
          to: b.entity.name,
          quotes: [quote(sentence)],
          by: 'SENTENCE',
          confidence: link.confidence + cue,
        });
      }
    }
  });

  // A program or a platform named for a team or an industry (社会治理人才培育计划, 本土大学生人才库, 党政领导联系高层次
  // 人才制度, 数字经济“一号工程”) is for it: it develops the team, or serves it when its name says 服务 or 联系; a
  // platform named for an industry supports it.
  for (const entity of entities) {
    if (entity.kind !== 'PROGRAM' && entity.kind !== 'PLATFORM') continue;
    const first = entity.places[0];
    if (first === undefined) continue;
    const sentence = sentences.find((s) => s.start <= first.start && first.end <= s.end);
    const said = text.slice(first.start, first.end);
    const within = entities.filter(
      (other) =>
        (other.kind === 'INDUSTRY' || other.kind === 'TALENT_TEAM') &&
        other.name.length < said.length &&
        said.includes(other.name),
    );
    for (const other of within) {
      // The longest name only: 紧缺专业人才柔性引进机制 is for 紧缺专业人才, not for 专业人才 too.
      if (within.some((longer) => longer.name.length > other.name.length && longer.name.includes(other.name)))
        continue;
      const at = said.indexOf(other.name);
      const rest = said.slice(at + other.name.length);
      const type: RelationType =
        other.kind === 'INDUSTRY'
          ? entity.kind === 'PLATFORM'
            ? 'SUPPORTS'
            : 'SERVES'
          : /服务|联系/u.test(said.slice(0, at) + rest)
            ? 'SERVES'
            : 'DEVELOPS';
      add({
        type,
        from: entity.name,
        to: other.name,
        quotes: [sentence === undefined ? said : quote(sentence)],
        by: 'NAME',
        confidence: 0.6,
      });
    }
  }

  // A paragraph's topic team (重点推进高层次人才队伍建设。…, 加大优秀青年人才培养力度。…) is what the programs and
  // platforms named after it develop, and the teams named after it are parts of, until another sentence takes up
  // another team.
  let topic: { entity: DraftEntity; sentence: SentenceSpan; paragraph: number } | undefined;
  sentences.forEach((sentence, i) => {
    const paragraph = text.lastIndexOf('\n', sentence.start);
    if (topic !== undefined && topic.paragraph !== paragraph) topic = undefined;
    const said = outermost(placed[i] ?? []);
    // The sentence's first team, when it is what the sentence is about (加大学科带头人、…和临床型人才的培养力度 names
    // parts of the topic, not a new one).
    const first = said.find((p) => p.entity.kind === 'TALENT_TEAM');
    const team =
      first !== undefined &&
      (TEAM_TOPIC.test(text.slice(first.start, first.end + 4)) ||
        TOPIC_OPENING.test(text.slice(sentence.start, first.end + 1)))
        ? first
        : undefined;
    if (team !== undefined) topic = { entity: team.entity, sentence, paragraph };
    if (topic === undefined) return;
    const about = topic.entity;
    for (const { entity, start } of said) {
      if (team !== undefined && start < team.end) continue;
      // Its programs and platforms develop the team (…,完善名医工作室建设); the teams it goes on to name are parts of
      // it (加强医疗卫生人才队伍建设, 柔性引进一批…高层次医学专家).
      const type: RelationType | undefined =
        entity.kind === 'PROGRAM' || entity.kind === 'PLATFORM'
          ? 'DEVELOPS'
          : entity.kind === 'TALENT_TEAM' &&
              !entity.name.includes(about.name) &&
              !about.name.includes(entity.name)
            ? 'PART_OF'
            : undefined;
      if (type === undefined) continue;
      add({
        type,
        from: entity.name,
        to: about.name,
        quotes: sentence === topic.sentence ? [quote(sentence)] : [quote(topic.sentence), quote(sentence)],
        by: 'PARAGRAPH',
        confidence: type === 'DEVELOPS' ? 0.5 : 0.45,
      });
    }
  });

  // A paragraph that opens on a platform (聚焦人才一体化发展平台,…) is about it: what it goes on to name is linked to
  // the platform as a heading that names it links its body (the platforms there its parts, the industries there
  // supported by it).
  let platform: { entity: DraftEntity; sentence: SentenceSpan; paragraph: number } | undefined;
  sentences.forEach((sentence, i) => {
    const paragraph = text.lastIndexOf('\n', sentence.start);
    if (platform !== undefined && platform.paragraph !== paragraph) platform = undefined;
    const said = outermost(placed[i] ?? []);
    const first = said[0];
    if (first?.entity.kind === 'PLATFORM' && TOPIC_OPENING.test(text.slice(sentence.start, first.end + 1)))
      platform = { entity: first.entity, sentence, paragraph };
    if (platform === undefined) return;
    const about = platform.entity;
    for (const { entity } of said) {
      if (entity === about || entity.name.includes(about.name) || about.name.includes(entity.name)) continue;
      const link =
        entity.kind === 'PLATFORM'
          ? { type: 'PART_OF' as const, fromHead: false }
          : HEADING_LINKS.find((l) => l.head === 'PLATFORM' && l.body === entity.kind);
      if (link === undefined) continue;
      add({
        type: link.type,
        from: link.fromHead ? about.name : entity.name,
        to: link.fromHead ? entity.name : about.name,
        quotes:
          sentence === platform.sentence ? [quote(sentence)] : [quote(platform.sentence), quote(sentence)],
        by: 'PARAGRAPH',
        confidence: 0.45,
      });
    }
  });

  // A heading that is the name of a group, a team or a platform governs its section's body.
  for (const section of sections) {
    const heading = sentences.find((s) => s.start >= section.start && s.start < section.end);
    if (heading === undefined) continue;
    const headIndex = sentences.indexOf(heading);
    const named = (placed[headIndex] ?? [])
      .map((p) => p.entity)
      .filter((entity) => headingNames(section.title, entity.name));
    for (const head of named) {
      sentences.forEach((sentence, i) => {
        if (i <= headIndex || sentence.start >= section.end) return;
        for (const { entity } of placed[i] ?? []) {
          // A name of the heading's own kind is a member of it (not for industries: a group of them is a category).
          const link =
            entity.kind === head.kind && head.kind !== 'INDUSTRY'
              ? { type: 'PART_OF' as const, fromHead: false }
              : HEADING_LINKS.find((l) => l.head === head.kind && l.body === entity.kind);
          const type = link?.type;
          if (type === undefined || entity.name.includes(head.name) || head.name.includes(entity.name))
            continue;
          add({
            type,
            from: link?.fromHead === true ? head.name : entity.name,
            to: link?.fromHead === true ? entity.name : head.name,
            quotes: [quote(heading), quote(sentence)],
            by: 'HEADING',
            confidence: 0.45,
          });
        }
      });
    }
  }
  return [...found.values()].sort((a, b) => b.confidence - a.confidence);
}

/** A member of an enumeration in its group: a category for industries, a part otherwise. */
function membership(
  member: DraftEntity,
  group: DraftEntity,
  quotes: readonly string[],
  confidence: number,
): DraftRelation {
  return {
    type: group.kind === 'INDUSTRY' ? 'IN_CATEGORY' : 'PART_OF',
    from: member.name,
    to: group.name,
    quotes,
    by: 'ENUMERATION',
    confidence,
  };
}

/**
 * Whether a heading is an entity's name (科技创新人才队伍 for 科技创新人才, 产业人才集聚平台), not a sentence that
 * mentions it (人才平台承载力有待提升, 以高能级平台引育产业新人才): in the curated plan only the former heads a list of
 * its members or of the programs for it, and every link read from the latter was wrong.
 */
function headingNames(title: string, name: string): boolean {
  const bare = title.replace(/[。.;；]$/u, '');
  return bare.includes(name) && Array.from(bare).length - Array.from(name).length <= 2;
}

/** The names placed in a sentence, less those inside a longer one: that name's words, not a second entity named there. */
function outermost<T extends { readonly start: number; readonly end: number }>(placed: readonly T[]): T[] {
  return placed.filter(
    (a) =>
      !placed.some(
        (b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start,
      ),
  );
}

/**
 * Whether `end` is what 依托 names: right after it, or after other names listed with it (依托浙江新时代枫桥经验研究院、
 * 枫桥学院平台), not further on in the clause (依托头部企业建立一批高水平企业研究院).
 */
function reliedOn(
  end: { readonly start: number },
  named: readonly { readonly start: number; readonly end: number }[],
  text: string,
  from: number,
): boolean {
  const at = text.lastIndexOf('依托', end.start);
  if (at < from) return false;
  let gap = '';
  for (let i = at + 2; i < end.start; i++) {
    const name = named.find((n) => n.start === i);
    if (name !== undefined) {
      i = name.end - 1;
      continue;
    }
    gap += text[i] ?? '';
  }
  // Between the names only joining marks, and the bare word 平台 a name may carry (依托枫桥学院平台、…).
  return /^(?:[、和及与“”\s]|平台)*$/u.test(gap);
}
