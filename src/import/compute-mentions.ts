import type { EntityRecord, MentionRecord } from './plan-graph.js';
import type { SourceIndex } from './source-index.js';

/**
 * Every occurrence of every entity's name or alias, leftmost-longest: where names overlap, the longer one wins
 * (高技能人才培育计划 is the program, not the talent team inside it). Each mention hangs off the deepest
 * section that contains it.
 */
export function computeMentions(entities: readonly EntityRecord[], source: SourceIndex): MentionRecord[] {
  const byFirstChar = new Map<string, { name: string; entity: EntityRecord }[]>();
  for (const entity of entities) {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      const first = name[0];
      if (first === undefined) continue;
      const list = byFirstChar.get(first) ?? [];
      list.push({ name, entity });
      byFirstChar.set(first, list);
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.name.length - a.name.length);

  const { text } = source;
  const mentions: MentionRecord[] = [];
  for (let at = 0; at < text.length;) {
    const match = byFirstChar.get(text[at] ?? '')?.find(({ name }) => text.startsWith(name, at));
    if (match === undefined) {
      at++;
      continue;
    }
    const end = at + match.name.length;
    const sectionId = source.sectionId(source.sectionAt(at, end).path);
    mentions.push({ sectionId, entityId: match.entity.id, start: at, end, text: match.name });
    at = end;
  }
  return mentions;
}
