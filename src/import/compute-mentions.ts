import type { EntityRecord, MentionRecord } from './plan-graph.js';
import { occurrences, type SourceIndex } from './source-index.js';

/**
 * Every occurrence of every entity's name or alias, each hung off the deepest section containing it. An
 * occurrence inside a longer name of another entity (高技能人才 in 高技能人才培育计划) is kept and marked
 * `nested`; one inside a longer spelling of the same entity (珍珠 in 美丽珍珠) is the same mention and counted
 * once.
 */
export function computeMentions(entities: readonly EntityRecord[], source: SourceIndex): MentionRecord[] {
  const found: Omit<MentionRecord, 'nested' | 'sectionId'>[] = [];
  for (const entity of entities) {
    const own = [...new Set([entity.name, ...entity.aliases])].flatMap((name) =>
      occurrences(source.text, name).map((start) => ({ start, end: start + name.length, text: name })),
    );
    for (const m of own) {
      const inLongerSpelling = own.some(
        (o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
      );
      if (!inLongerSpelling) found.push({ entityId: entity.id, ...m });
    }
  }
  return found
    .map((m) => ({
      ...m,
      sectionId: source.sectionId(source.sectionAt(m.start, m.end).path),
      nested: found.some(
        (o) =>
          o.entityId !== m.entityId &&
          o.start <= m.start &&
          m.end <= o.end &&
          o.end - o.start > m.end - m.start,
      ),
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.entityId < b.entityId ? -1 : 1));
}
