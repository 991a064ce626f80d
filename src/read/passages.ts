import type { Context } from './context.js';
import { queries } from '../db/queries.js';
import { checkedCount, checkedText } from './arguments.js';
import type { EvidenceModel, SectionModel } from '../domain/models.js';
import type { QueryPassagesArgs } from '../__generated__/schema-types.js';
import { luceneQuery } from './search.js';
import { requireKnownPlan } from './unknown-values.js';
import { LIMITS } from '../domain/limits.js';
import { sentenceAround } from '../domain/sentences.js';

/**
 * Every sentence in which the plan says `text` word for word, in text order, with its offsets and the deepest
 * section holding it, shaped as Evidence so a passage quotes like any fact does.
 */
export async function findPassages(ctx: Context, args: QueryPassagesArgs): Promise<EvidenceModel[]> {
  // Note: passages quote the text as written, so the text is matched as given (only trimmed), not NFKC-folded.
  const text = checkedText(args.text.trim(), 'text', LIMITS.textLength);
  const first = checkedCount(args.first, 20, LIMITS.pageSize, 'first');
  const rows = await ctx.db.read(queries.sectionsContaining, {
    text,
    query: text.length >= 2 && !/\s/.test(text) ? luceneQuery(text) : null,
    planId: args.plan ?? null,
  });
  const passages: EvidenceModel[] = [];
  // Sections nest and the deepest one holding an occurrence claims it: rows come deepest first, and an
  // occurrence already claimed by a subsection is skipped in its parents.
  const claimed = new Set<string>();
  const sentences = new Set<string>();
  for (const { section } of rows) {
    ctx.loaders.sectionById.prime(section.id, section);
    for (let at = section.text.indexOf(text); at >= 0; at = section.text.indexOf(text, at + 1)) {
      const occurrence = `${section.planId}|${section.start + at}`;
      if (claimed.has(occurrence)) continue;
      claimed.add(occurrence);
      const passage = passageAround(section, at, text.length);
      // A sentence saying it twice is one passage.
      const sentence = `${section.planId}|${passage.start}`;
      if (sentences.has(sentence)) continue;
      sentences.add(sentence);
      passages.push(passage);
    }
  }
  // Section ids start with their plan's id (`zhuji-2021:…`); offsets count within one plan's text.
  const planOf = (passage: EvidenceModel) => passage.sectionId.split(':')[0] ?? '';
  if (passages.length === 0) await requireKnownPlan(ctx, args.plan);
  return passages.sort((a, b) => planOf(a).localeCompare(planOf(b)) || a.start - b.start).slice(0, first);
}

function passageAround(section: SectionModel, at: number, length: number): EvidenceModel {
  const { start, end } = sentenceAround(section.text, at, length);
  return {
    quote: section.text.slice(start, end),
    start: section.start + start,
    end: section.start + end,
    sectionId: section.id,
  };
}
