import { h } from './dom';
import { quoteInContext } from './quote-context';

/** The fields every evidence query selects. */
export interface EvidenceData {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly section: {
    readonly path: string;
    readonly title: string;
    readonly start: number;
    readonly text: string;
  };
}

/** A quote shown where the plan says it: section path and title, the sentence around it, the quote marked. */
export function evidenceFigure(evidence: EvidenceData): HTMLElement {
  const { section } = evidence;
  const context = quoteInContext(section.text, evidence.quote, evidence.start, section.start);
  return h(
    'figure',
    { class: 'evidence', 'data-section': section.path },
    h(
      'figcaption',
      {},
      h('span', { class: 'section-path' }, section.path),
      ' ',
      h('span', { class: 'section-title' }, section.title),
    ),
    h(
      'blockquote',
      { class: context.located ? 'quote-context' : 'quote-context unlocated' },
      context.clippedStart ? '…' : null,
      context.before,
      h('mark', { class: 'quote' }, context.quote),
      context.after,
      context.clippedEnd ? '…' : null,
    ),
  );
}

/** Evidence figures, the first `shown` visible and the rest behind a “more” toggle. */
export function evidenceList(evidence: readonly EvidenceData[], shown = 3): HTMLElement {
  const list = h('div', { class: 'evidence-list' });
  for (const e of evidence.slice(0, shown)) list.append(evidenceFigure(e));
  if (evidence.length > shown) {
    const more = h(
      'details',
      { class: 'more-evidence' },
      h('summary', {}, `另有 ${evidence.length - shown} 处原文 (${evidence.length - shown} more quotes)`),
    );
    for (const e of evidence.slice(shown)) more.append(evidenceFigure(e));
    list.append(more);
  }
  return list;
}
