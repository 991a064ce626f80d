import { findAll } from './aho-corasick.js';
import type { EntityRecord, MentionRecord } from '../plan-records.js';
import type { SourceIndex } from './source-index.js';

/**
 * Every occurrence of every entity's name or alias, each hung off the deepest section containing it. An
 * occurrence inside a longer name of another entity (高技能人才 in 高技能人才培育计划) is kept and marked
 * `nested`; one inside a longer spelling of the same entity (珍珠 in 美丽珍珠) is the same mention and counted
 * once.
 */
export function computeMentions(entities: readonly EntityRecord[], source: SourceIndex): MentionRecord[] {
  const spellings: { text: string; entityId: string }[] = [];
  for (const entity of entities) {
    for (const text of new Set([entity.name, ...entity.aliases]))
      spellings.push({ text, entityId: entity.id });
  }
  const found = findAll(
    source.text,
    spellings.map((s) => s.text),
  )
    .map((m) => ({ ...m, entityId: (spellings[m.pattern] as { entityId: string }).entityId }))
    // Longest first at each start, so a containing occurrence is seen before those inside it.
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.entityId < b.entityId ? -1 : 1));

  const mentions: MentionRecord[] = [];
  // Occurrences still open at the current position: any of them may contain the next ones.
  let open: typeof found = [];
  for (const m of found) {
    open = open.filter((o) => o.end > m.start);
    const containers = open.filter(
      (o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
    );
    open.push(m);
    if (containers.some((o) => o.entityId === m.entityId)) continue;
    mentions.push({
      sectionId: source.sectionId(source.sectionAt(m.start, m.end).path),
      entityId: m.entityId,
      start: m.start,
      end: m.end,
      text: source.text.slice(m.start, m.end),
      nested: containers.length > 0,
    });
  }
  return mentions;
}
