import { graphql } from './__generated__';
import type { ExploreReaderQuery, RelationBasis } from './__generated__/graphql';
import { answered, ApiError, request } from './api';
import { h, replaceChildren } from './dom';
import { copyButton } from './evidence';
import { BASIS_LABELS, kindStyle, relationLabel } from './kinds';
import { entityHref, hrefOf, reflect, type ReadState } from './router';
import { notFound, showLoading, type View } from './view';

const ContentsQuery = graphql(`
  query ExploreContents {
    plans {
      id
      title
      sections {
        path
        title
      }
    }
  }
`);

const ReaderQuery = graphql(`
  query ExploreReader($path: String!, $plan: ID) {
    section(path: $path, plan: $plan) {
      id
      path
      title
      start
      end
      text
      parent {
        path
        title
      }
      plan {
        id
        title
        sections {
          path
          title
        }
      }
      descendants {
        path
        title
        level
        start
      }
      mentions(nested: false) {
        text
        start
        end
        entity {
          name
          kind
        }
      }
      sentences {
        quote
        start
        end
        section {
          path
          title
        }
        citation {
          quoted
        }
      }
      facts {
        kind
        evidence {
          start
          end
        }
        relation {
          type
          basis
          from {
            name
            kind
          }
          to {
            name
            kind
          }
        }
        entity {
          name
          kind
        }
        indicator {
          name
        }
        observation {
          name
        }
      }
    }
  }
`);

type Section = NonNullable<ExploreReaderQuery['section']>;
type Sentence = Section['sentences'][number];
type Fact = Section['facts'][number];

// The strongest support first: a sentence is marked by the firmest link it states.
const BASIS_ORDER: readonly RelationBasis[] = ['STATED', 'SAME_SENTENCE', 'HEADING', 'SECTION', 'READING'];

/**
 * The plan as a reader reads it: a chapter's text, sentence by sentence, each name linked to its entity page and
 * each sentence that a link of the graph rests on marked by that link's basis. Choosing a sentence shows every
 * fact it carries and its citation; the address keeps the sentence (`?at=`), so a quote can be shared in place.
 */
export const readerView: View<ReadState> = async (root, route, signal) => {
  if (route.path === undefined) return contents(root, signal);
  showLoading(root, `章节 section ${route.path}`);
  const variables = { path: route.path, ...(route.plan === undefined ? {} : { plan: route.plan }) };
  let section: Section;
  try {
    section = answered((await request(ReaderQuery, variables, signal)).section, 'section');
  } catch (error) {
    // An unknown path: the closest paths the server suggests, each opening in the reader.
    const suggestions = error instanceof ApiError ? error.notFoundSuggestions : null;
    if (suggestions === null) throw error;
    notFound(root, `未找到章节 No such section: ${route.path}`, suggestions, (path) =>
      hrefOf({ view: 'read', path, ...plan(route) }),
    );
    return undefined;
  }
  document.title = `${section.path} ${section.title} · 阅读 Reader · 诸暨人才规划图谱`;

  const panel = h('aside', { class: 'reader-facts', 'aria-live': 'polite' });
  const body = h('div', { class: 'reader-text', lang: 'zh-CN' });
  const sentenceElements = new Map<number, HTMLElement>();
  const headings = new Map(section.descendants.map((d) => [d.start, d]));
  const factsOf = placeFacts(section);

  let cursor = section.start;
  const mentions = [...section.mentions].sort((a, b) => a.start - b.start);
  for (const sentence of section.sentences) {
    if (sentence.start > cursor) body.append(slice(section, cursor, sentence.start));
    const facts = factsOf(sentence).own;
    const links = facts.filter((f) => f.relation !== null);
    const basis = BASIS_ORDER.find((b) => links.some((f) => f.relation?.basis === b));
    const heading = headings.get(sentence.start);
    const element = h(
      heading === undefined ? 'span' : 'strong',
      {
        class: heading === undefined ? 'sentence' : 'sentence heading',
        id: heading === undefined ? null : `section-${heading.start}`,
        'data-start': sentence.start,
        'data-facts': facts.length,
        'data-links': links.length,
        'data-basis': basis ?? null,
        tabindex: facts.length > 0 ? 0 : null,
        title: basis === undefined ? null : `${BASIS_LABELS[basis][0]} ${BASIS_LABELS[basis][1]}`,
      },
      ...linked(section, sentence, mentions),
    );
    if (links.length > 0) element.append(h('sup', { class: 'fact-count' }, links.length));
    sentenceElements.set(sentence.start, element);
    body.append(element);
    cursor = sentence.end;
  }
  if (cursor < section.end) body.append(slice(section, cursor, section.end));

  const choose = (sentence: Sentence, scroll: boolean): void => {
    for (const chosen of body.querySelectorAll('.sentence.chosen')) chosen.classList.remove('chosen');
    const element = sentenceElements.get(sentence.start);
    element?.classList.add('chosen');
    if (scroll) element?.scrollIntoView({ block: 'center' });
    const close = h('button', { type: 'button', class: 'close-facts', 'aria-label': '关闭 Close' }, '×');
    close.addEventListener('click', () => {
      panel.classList.remove('open');
    });
    replaceChildren(panel, close, ...factsPanel(sentence, factsOf(sentence)));
    panel.classList.add('open');
    reflect({ view: 'read', path: section.path, at: sentence.start, ...plan(route) });
  };
  const sentenceAt = (at: number): Sentence | undefined =>
    section.sentences.find((s) => s.start <= at && at < s.end) ??
    section.sentences.find((s) => s.start >= at);
  body.addEventListener('click', (event) => {
    // A name is a link to its entity: following it is not choosing the sentence.
    if (event.target instanceof Element && event.target.closest('a') !== null) return;
    const element = event.target instanceof Element ? event.target.closest<HTMLElement>('.sentence') : null;
    const sentence = sentenceAt(Number(element?.dataset['start'] ?? -1));
    if (element !== null && sentence !== undefined) choose(sentence, false);
  });
  body.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const element =
      event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.sentence') : null;
    const sentence = sentenceAt(Number(element?.dataset['start'] ?? -1));
    if (sentence === undefined) return;
    event.preventDefault();
    choose(sentence, false);
  });

  replaceChildren(
    panel,
    h(
      'p',
      { class: 'hint' },
      '点选一句，查看其承载的事实与引文。 Choose a sentence to see its facts and citation.',
    ),
  );
  replaceChildren(
    root,
    h(
      'article',
      { class: 'reader', 'data-section': section.path },
      contentsNav(section, route, (start) => {
        const sentence = sentenceAt(start);
        if (sentence !== undefined) choose(sentence, true);
      }),
      h(
        'div',
        { class: 'reader-main' },
        h(
          'header',
          { class: 'reader-header' },
          h('p', { class: 'reader-plan' }, section.plan.title),
          section.parent === null
            ? null
            : h(
                'p',
                { class: 'reader-up' },
                '上一级 Up: ',
                h(
                  'a',
                  {
                    href: hrefOf({ view: 'read', path: section.parent.path, ...plan(route) }),
                    'data-link': true,
                  },
                  `${section.parent.path} ${section.parent.title}`,
                ),
              ),
          h('h1', {}, h('span', { class: 'section-path' }, section.path), ' ', section.title),
          legend(),
        ),
        body,
      ),
      panel,
    ),
  );
  const first = route.at === undefined ? undefined : sentenceAt(route.at);
  if (first !== undefined) choose(first, true);
  body.dataset['ready'] = 'true';
  return undefined;
};

/** The plans' tables of contents: every top-level section, each opening in the reader. */
async function contents(root: HTMLElement, signal: AbortSignal): Promise<undefined> {
  document.title = '阅读 Reader · 诸暨人才规划图谱';
  showLoading(root, '目录 contents');
  const { plans } = await request(ContentsQuery, {}, signal);
  replaceChildren(
    root,
    h(
      'article',
      { class: 'reader-contents' },
      h('h1', {}, '阅读规划原文 ', h('small', {}, 'Read the plan')),
      ...plans.map((p) =>
        h(
          'section',
          { 'data-plan': p.id },
          h('h2', {}, p.title),
          h(
            'ol',
            { class: 'toc' },
            ...p.sections.map((s) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: hrefOf({ view: 'read', path: s.path, plan: p.id }), 'data-link': true },
                  `${s.path} ${s.title}`,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  return undefined;
}

/** The plan's chapters, the one read open on its own parts; a part scrolls the text to its heading. */
function contentsNav(section: Section, route: ReadState, goTo: (start: number) => void): HTMLElement {
  const chapter = section.path.split('/')[0];
  const parts = h(
    'ol',
    { class: 'toc-parts' },
    ...section.descendants.map((d) => {
      const button = h(
        'button',
        { type: 'button', class: 'toc-part', 'data-path': d.path, style: `--level: ${d.level}` },
        d.title,
      );
      button.addEventListener('click', () => {
        goTo(d.start);
      });
      return h('li', {}, button);
    }),
  );
  return h(
    'nav',
    { class: 'reader-toc', 'aria-label': '目录 Contents' },
    h(
      'details',
      { open: true },
      h('summary', {}, '目录 ', h('small', {}, 'Contents')),
      h(
        'ol',
        { class: 'toc' },
        ...section.plan.sections.map((s) =>
          h(
            'li',
            { class: s.path === chapter ? 'current' : null },
            h(
              'a',
              { href: hrefOf({ view: 'read', path: s.path, ...plan(route) }), 'data-link': true },
              `${s.path} ${s.title}`,
            ),
            s.path === chapter && section.descendants.length > 0 ? parts : null,
          ),
        ),
      ),
    ),
  );
}

/** The chosen sentence: where it is, its citation to copy, and every fact of the graph resting on it. */
function factsPanel(sentence: Sentence, { own, around }: PlacedFacts): (HTMLElement | null)[] {
  return [
    h(
      'header',
      {},
      h('span', { class: 'section-path' }, sentence.section.path),
      ' ',
      h('span', { class: 'section-title' }, sentence.section.title),
    ),
    h('blockquote', { class: 'chosen-sentence' }, sentence.quote),
    h('p', { class: 'actions' }, copyButton(sentence.citation.quoted)),
    h('h2', {}, `本句事实 ${own.length} 条 `, h('small', {}, `Facts resting on it (${own.length})`)),
    own.length === 0
      ? h(
          'p',
          { class: 'empty' },
          '图谱未据此句记录事实。 The graph records no fact from this sentence alone.',
        )
      : h('ul', { class: 'facts own-facts' }, ...own.map(factItem)),
    around.length === 0
      ? null
      : h(
          'details',
          { class: 'around-facts' },
          h(
            'summary',
            {},
            `所在段落的事实 ${around.length} 条 `,
            h('small', {}, `Facts whose quote spans this sentence and more (${around.length})`),
          ),
          h('ul', { class: 'facts' }, ...around.map(factItem)),
        ),
  ];
}

/** A sentence's facts: those quoting it alone, and those whose quote runs over it into others (a paragraph). */
interface PlacedFacts {
  readonly own: readonly Fact[];
  readonly around: readonly Fact[];
}

/**
 * Places each fact at the sentences its quote covers: a quote within one sentence is that sentence's own (it is
 * what the sentence states); a longer one, a paragraph a SECTION link rests on, is around each sentence it covers.
 * Note: only own facts mark a sentence, or a paragraph-wide link would mark every sentence of it.
 */
function placeFacts(section: Section): (sentence: Sentence) => PlacedFacts {
  const covered = (fact: Fact) =>
    section.sentences.filter((s) => fact.evidence.start < s.end && fact.evidence.end > s.start);
  const own = new Map<number, Fact[]>();
  const around = new Map<number, Fact[]>();
  for (const fact of section.facts) {
    const sentences = covered(fact);
    const into = sentences.length === 1 ? own : around;
    for (const s of sentences) into.set(s.start, [...(into.get(s.start) ?? []), fact]);
  }
  return (sentence) => ({ own: own.get(sentence.start) ?? [], around: around.get(sentence.start) ?? [] });
}

function factItem(fact: Fact): HTMLElement {
  if (fact.relation !== null) {
    const { relation } = fact;
    const [verb, english] = relationLabel(relation.type, 'out');
    return h(
      'li',
      { class: 'fact', 'data-kind': fact.kind, 'data-basis': relation.basis },
      entityLink(relation.from),
      h('span', { class: 'relation-verb', title: english }, ` ${verb} `),
      entityLink(relation.to),
      ' ',
      h(
        'span',
        { class: 'basis-tag', 'data-basis': relation.basis, title: BASIS_LABELS[relation.basis][1] },
        BASIS_LABELS[relation.basis][0],
      ),
    );
  }
  if (fact.entity !== null) {
    return h('li', { class: 'fact', 'data-kind': fact.kind }, '描述 Describes ', entityLink(fact.entity));
  }
  const name = fact.indicator?.name ?? fact.observation?.name ?? '';
  return h(
    'li',
    { class: 'fact', 'data-kind': fact.kind },
    fact.kind === 'INDICATOR' ? '指标 Indicator ' : '现状数据 Figure ',
    h('a', { href: hrefOf({ view: 'indicators' }), 'data-link': true }, name),
  );
}

function entityLink(entity: {
  readonly name: string;
  readonly kind: Section['mentions'][number]['entity']['kind'];
}): HTMLElement {
  return h(
    'a',
    {
      class: 'fact-entity',
      href: entityHref(entity.name),
      'data-link': true,
      style: `--kind: ${kindStyle(entity.kind).color}`,
    },
    entity.name,
  );
}

/** A sentence's words with each name the plan gives an entity linked to its page (outer names only). */
function linked(
  section: Section,
  sentence: Sentence,
  mentions: Section['mentions'],
): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let at = sentence.start;
  for (const mention of mentions) {
    if (mention.start < at || mention.end > sentence.end) continue;
    if (mention.start > at) parts.push(slice(section, at, mention.start));
    parts.push(
      h(
        'a',
        {
          class: 'mention',
          href: entityHref(mention.entity.name),
          'data-link': true,
          'data-entity': mention.entity.name,
          style: `--kind: ${kindStyle(mention.entity.kind).color}`,
          title: `${mention.entity.name} · ${kindStyle(mention.entity.kind).label}`,
        },
        mention.text,
      ),
    );
    at = mention.end;
  }
  if (at < sentence.end) parts.push(slice(section, at, sentence.end));
  return parts;
}

/** The plan's words between two offsets of its text. */
function slice(section: Section, from: number, to: number): string {
  return section.text.slice(from - section.start, to - section.start);
}

/** How the marks read: each basis a sentence can be marked by. */
function legend(): HTMLElement {
  return h(
    'p',
    { class: 'reader-legend' },
    '标记 Marks: ',
    ...BASIS_ORDER.map((basis) =>
      h(
        'span',
        { class: 'sentence legend-mark', 'data-basis': basis, title: BASIS_LABELS[basis][1] },
        BASIS_LABELS[basis][0],
      ),
    ),
  );
}

function plan(route: ReadState): { plan?: string } {
  return route.plan === undefined ? {} : { plan: route.plan };
}
