import { graphql } from './__generated__';
import { h } from './dom';
import { quoteInContext } from './quote-context';
import { readHref } from './router';

// What a quote needs of its section to be shown inside its sentence (quoteInContext): selected by every view that
// shows quotes or mentions.
graphql(`
  fragment SectionInContext on Section {
    id
    path
    title
    start
    text
  }
`);

/** The fields every evidence query selects. */
export interface EvidenceData {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly section: {
    readonly id: string;
    readonly path: string;
    readonly title: string;
    readonly start: number;
    readonly text: string;
  };
  /** Where a view selected it: the quote with its GB/T 7714 entry, for the “copy citation” button. */
  readonly citation?: { readonly quoted: string };
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
      evidence.citation === undefined ? null : copyButton(evidence.citation.quoted),
      h(
        'a',
        { class: 'read-in-context', href: readHref(section, evidence.start), 'data-link': true },
        '阅读原文 ',
        h('small', {}, 'Read in the plan'),
      ),
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

/**
 * Copies the cited quote (the quote, then its GB/T 7714 entry) and says so on the button. Where the page may not
 * write the clipboard (served over plain http from another host, as on an intranet), the citation is shown
 * selected in a box instead, for Ctrl+C.
 */
export function copyButton(text: string): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'copy-citation', title: text },
    '复制引文 ',
    h('small', {}, 'Copy citation'),
  );
  const byHand = (): void => {
    const box = h('textarea', { class: 'citation-text', readonly: true, rows: 3 });
    box.value = text;
    button.after(box);
    box.focus();
    box.select();
    button.dataset['copied'] = 'false';
    button.replaceChildren('已选中，按 Ctrl+C 复制 ', h('small', {}, 'Selected: press Ctrl+C'));
  };
  button.addEventListener('click', () => {
    if (!window.isSecureContext) {
      byHand();
      return;
    }
    navigator.clipboard.writeText(text).then(() => {
      button.dataset['copied'] = 'true';
      button.replaceChildren('已复制 ', h('small', {}, 'Copied'));
    }, byHand);
  });
  return button;
}
