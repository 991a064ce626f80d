import { graphql } from './__generated__';
import type { ExploreSearchQuery } from './__generated__/graphql';
import { answered, isAbort, request } from './api';
import { interpretedAnswer } from './interpreted-answer';
import { h, replaceChildren } from './dom';
import { entityLink } from './entity-link';
import { kindStyle } from './kinds';
import { pathAnswer, type PathEnds } from './path-view';
import { entityHref, searchHref } from './router';
import { showLoading, type View } from './view';

const SearchQuery = graphql(`
  query ExploreSearch($text: String!, $first: Int!, $after: String) {
    searchResults(text: $text, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          score
          matched
          how
          entity {
            id
            name
            englishName
            kind
            aliases
          }
        }
      }
    }
  }
`);

type Hit = NonNullable<ExploreSearchQuery['searchResults']>['edges'][number]['node'];

// Hits a page: a screenful on a laptop; “more” fetches the next page.
const PAGE = 30;

// How a hit matched, when it is not the text as typed.
const MATCH_LABELS: Record<string, string> = {
  TRADITIONAL: '繁体 Traditional',
  ENGLISH: '英文 English',
  ABBREVIATION: '简称 abbreviation',
  VARIANT: '变体 variant',
  WORDS: '分词 words',
  FUZZY: '近似 near miss',
};

const InterpretQuery = graphql(`
  query ExploreInterpret($question: String!) {
    interpret(question: $question) {
      intent
      refused
      operation
      variables
      negations
      explanation
      suggestions
      entities {
        entity {
          name
        }
      }
    }
  }
`);

const SAMPLES = ['美丽珍珠', 'G60诸暨创新港', '精密制造', '高技能人才', '数智安防'];

/** Search results for the text in the header's box; with no text, a short introduction. */
export const searchView: View<{ readonly query: string }> = async (root, { query }, signal) => {
  const text = query.trim();
  document.title = text === '' ? '诸暨人才规划图谱 · Plan explorer' : `${text} · 搜索`;
  if (text === '') {
    replaceChildren(root, intro());
    return undefined;
  }
  showLoading(root, `“${text}”`);
  const [first, answer] = await Promise.all([
    request(SearchQuery, { text, first: PAGE }, signal).then((data) =>
      answered(data.searchResults, 'search results'),
    ),
    // A question that fails to read must not take the search results with it.
    answerPanel(text, signal).catch((error: unknown) => {
      if (isAbort(error)) throw error;
      return null;
    }),
  ]);
  const total = first.totalCount;
  // A question answered above needs no “nothing found” below it.
  const quiet = answer !== null && total === 0;
  const list = h('ol', { class: 'results' }, ...first.edges.map(({ node }) => resultItem(node)));
  let after = first.pageInfo.endCursor;
  const more = h('button', { type: 'button', class: 'more' });
  const showMore = (shown: number, hasNext: boolean) => {
    more.textContent = `更多 More (${total - shown} 条 left)`;
    more.hidden = !hasNext;
  };
  showMore(first.edges.length, first.pageInfo.hasNextPage);
  more.addEventListener('click', () => {
    more.disabled = true;
    void request(SearchQuery, { text, first: PAGE, after }, signal)
      .then((data) => {
        const next = answered(data.searchResults, 'search results');
        list.append(...next.edges.map(({ node }) => resultItem(node)));
        after = next.pageInfo.endCursor;
        showMore(list.children.length, next.pageInfo.hasNextPage);
      })
      .catch(() => {
        more.textContent = '加载失败，再试一次 Failed; try again';
      })
      .finally(() => {
        more.disabled = false;
      });
  });
  replaceChildren(
    root,
    h(
      'section',
      { class: 'search-results', 'data-query': text },
      answer,
      quiet
        ? null
        : h(
            'h1',
            {},
            `“${text}”的搜索结果 `,
            h('small', { class: 'total' }, `共 ${total} 条 ${total} results`),
          ),
      quiet
        ? null
        : total === 0
          ? h(
              'p',
              { class: 'empty' },
              '没有找到 Nothing found. 试试更短的词或英文名 Try fewer characters, or the English name.',
            )
          : h('div', {}, list, more),
    ),
  );
  return undefined;
};

function resultItem({ entity, matched, how }: Hit): HTMLElement {
  const style = kindStyle(entity.kind);
  return h(
    'li',
    { class: 'result', 'data-kind': entity.kind },
    entityLink(entity.name, entity.kind),
    ' ',
    h('span', { class: 'kind-tag' }, `${style.label} ${style.english}`),
    entity.englishName == null ? null : h('span', { class: 'english-name' }, ` ${entity.englishName}`),
    matched != null && matched !== entity.name
      ? h('span', { class: 'matched' }, `匹配 matched: ${matched}`)
      : null,
    ['EXACT', 'PREFIX', 'CONTAINS'].includes(how)
      ? null
      : h('span', { class: 'match-how', 'data-how': how }, MATCH_LABELS[how]),
  );
}

function intro(): HTMLElement {
  return h(
    'section',
    { class: 'intro' },
    h('h1', {}, '诸暨市人才发展“十四五”规划 知识图谱'),
    h(
      'p',
      {},
      '在上方输入名称搜索产业、平台、计划、人才队伍等，每条关系都附有规划原文。',
      h('br'),
      h(
        'small',
        {},
        'Search industries, platforms, programs and talent teams above; every relationship comes with the plan’s own words.',
      ),
    ),
    h(
      'p',
      { class: 'samples' },
      '例如 For example: ',
      ...SAMPLES.flatMap((name, i) => [
        i === 0 ? null : '、',
        h('a', { href: entityHref(name), 'data-link': true }, name),
      ]),
    ),
    h('p', {}, h('a', { href: '/explore/indicators', 'data-link': true }, '查看全部指标 All indicators →')),
  );
}

/**
 * A question read by `interpret`: how it was read first (a negation included), then the answer (its entities,
 * figures, hops and the plan's quotes) from the typed operation its intent names, and the GraphQL that gave it,
 * to copy; a refusal says why, with questions to ask instead; null when the text is not a question it reads
 * (a name: the search results stand alone then).
 */
async function answerPanel(question: string, signal: AbortSignal): Promise<HTMLElement | null> {
  const interpret = answered((await request(InterpretQuery, { question }, signal)).interpret, 'reading');
  const heading = h('h2', {}, '问题解读 ', h('small', {}, 'The question, read'));
  const negations =
    interpret.negations.length === 0
      ? null
      : h('p', { class: 'negations' }, `否定与范围 Negation and scope: ${interpret.negations.join('、')}`);
  if (interpret.intent == null || interpret.operation == null || interpret.variables == null) {
    if (!interpret.refused) return null;
    return h(
      'section',
      { class: 'answer refused' },
      heading,
      h('p', { class: 'explanation' }, interpret.explanation),
      negations,
      h(
        'ul',
        { class: 'suggestions' },
        ...interpret.suggestions.map((s) =>
          h('li', {}, h('a', { href: searchHref(s), 'data-link': true }, s)),
        ),
      ),
    );
  }
  const { operation, variables, intent } = interpret;
  // A path is shown hop by hop, saying whether the plan links the two directly (path-view.ts).
  const ends = intent === 'PATH' ? pathEnds(variables) : null;
  const path = ends === null ? null : await pathAnswer(ends, signal);
  const answer =
    path === null
      ? await interpretedAnswer(intent, variables, signal)
      : { entities: [], lines: [], quotes: [] };
  // The entities the question names are not the answer, except along a path between them.
  const named = new Set(interpret.entities.map((e) => e.entity.name));
  const entities = intent === 'PATH' ? answer.entities : answer.entities.filter((e) => !named.has(e.name));
  const copy = h('button', { type: 'button', class: 'copy-graphql' }, '复制 Copy');
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(operation);
  });
  const json = JSON.stringify(variables);
  return h(
    'section',
    { class: 'answer', 'data-intent': intent },
    heading,
    h('p', { class: 'explanation' }, interpret.explanation),
    negations,
    path,
    answer.lines.length === 0
      ? null
      : h('ul', { class: 'answer-lines' }, ...answer.lines.map((line) => h('li', {}, line))),
    entities.length === 0
      ? answer.lines.length === 0 && path === null
        ? h('p', { class: 'empty' }, '规划中没有相应的内容 The plan holds none.')
        : null
      : h(
          'ul',
          { class: 'answer-entities' },
          ...entities.map(({ name, kind, note }) => {
            const style = kindStyle(kind);
            return h(
              'li',
              {},
              entityLink(name, kind),
              ' ',
              h('span', { class: 'kind-tag' }, style.label),
              note === undefined ? null : h('small', { class: 'answer-note' }, ` ${note}`),
            );
          }),
        ),
    answer.quotes.length === 0
      ? null
      : h(
          'ul',
          { class: 'answer-quotes' },
          ...answer.quotes.slice(0, 12).map((quote) => h('li', {}, h('q', {}, quote))),
        ),
    h(
      'details',
      { class: 'answer-graphql' },
      h('summary', {}, 'GraphQL'),
      h('pre', {}, operation),
      copy,
      ' ',
      h(
        'a',
        { class: 'open-graphiql', href: toolHref('/graphiql', operation, json) },
        '在 GraphiQL 中打开 Open in GraphiQL',
      ),
      ' ',
      h(
        'a',
        { class: 'open-sandbox', href: toolHref('/graphql', operation, json) },
        '在 Sandbox 中打开 Open in Sandbox（需联网 online）',
      ),
    ),
  );
}

/** The two names of a path question, from interpret's variables; null when they are not both there. */
function pathEnds(variables: Record<string, unknown>): PathEnds | null {
  const { from, to, plan } = variables;
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  return { from, to, plan: typeof plan === 'string' ? plan : null };
}

/** GraphiQL (served here) or Sandbox (the landing page at /graphql) with this operation and its variables. */
function toolHref(path: string, operation: string, variables: string): string {
  const params = new URLSearchParams({ query: operation, variables });
  return `${path}?${params.toString()}`;
}
