import { graphql } from './__generated__';
import type { EntityKind, ExploreSearchQuery } from './__generated__/graphql';
import { request, requestText } from './api';
import { h, replaceChildren } from './dom';
import { entityLink } from './entity-link';
import { kindStyle } from './kinds';
import { pathAnswer, type PathEnds } from './path-view';
import { entityHref } from './router';
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

type Hit = ExploreSearchQuery['searchResults']['edges'][number]['node'];

// Hits a page: a screenful on a laptop; “more” fetches the next page.
const PAGE = 30;

// How a hit matched, when it is not the text as typed.
const MATCH_LABELS: Record<string, string> = {
  TRADITIONAL: '繁体 Traditional',
  ENGLISH: '英文 English',
  VARIANT: '变体 variant',
  WORDS: '分词 words',
  FUZZY: '近似 near miss',
};

const InterpretQuery = graphql(`
  query ExploreInterpret($question: String!) {
    interpret(question: $question) {
      intent
      operation
      variables
      explanation
      entities {
        entity {
          name
        }
      }
    }
  }
`);

// A text that reads as a question rather than a name: it is worth asking `interpret`.
const QUESTION = /[？?]|哪些|哪个|什么|怎么|如何|吗|呢|是否|多少|有没有|\b(which|what|how|who)\b/i;

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
  const [{ searchResults: first }, answer] = await Promise.all([
    request(SearchQuery, { text, first: PAGE }, signal),
    QUESTION.test(text) ? answerPanel(text, signal) : Promise.resolve(null),
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
      .then(({ searchResults: next }) => {
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
 * A question read by `interpret`: how it was read, the answer (the entities and the plan's quotes it holds) and
 * the GraphQL that gave it, to copy; null when it could not be read (the search results stand alone then).
 */
async function answerPanel(question: string, signal: AbortSignal): Promise<HTMLElement | null> {
  const { interpret } = await request(InterpretQuery, { question }, signal);
  if (interpret.operation == null) return null;
  const operation = interpret.operation;
  const variables = JSON.parse(interpret.variables ?? '{}') as Record<string, unknown>;
  // A path is shown hop by hop, saying whether the plan links the two directly (path-view.ts).
  const ends = interpret.intent === 'PATH' ? pathEnds(variables) : null;
  const path = ends === null ? null : await pathAnswer(ends, signal);
  const data = path === null ? await requestText(operation, variables, signal) : {};
  // The entities the question names are not the answer.
  const named = new Set(interpret.entities.map((e) => e.entity.name));
  const { entities: found, quotes } = collect(data);
  const entities = found.filter((e) => !named.has(e.name));
  const copy = h('button', { type: 'button', class: 'copy-graphql' }, '复制 Copy');
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(operation);
  });
  return h(
    'section',
    { class: 'answer', 'data-intent': interpret.intent ?? '' },
    h('h2', {}, '问题解读 ', h('small', {}, 'The question, read')),
    h('p', { class: 'explanation' }, interpret.explanation),
    path,
    path !== null
      ? null
      : entities.length === 0
        ? h('p', { class: 'empty' }, '规划中没有相应的内容 The plan holds none.')
        : h(
            'ul',
            { class: 'answer-entities' },
            ...entities.map(({ name, kind }) => {
              const style = kindStyle(kind);
              return h('li', {}, entityLink(name, kind), ' ', h('span', { class: 'kind-tag' }, style.label));
            }),
          ),
    quotes.length === 0
      ? null
      : h(
          'ul',
          { class: 'answer-quotes' },
          ...quotes.slice(0, 12).map((quote) => h('li', {}, h('q', {}, quote))),
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
        { class: 'open-graphiql', href: toolHref('/graphiql', operation, interpret.variables) },
        '在 GraphiQL 中打开 Open in GraphiQL',
      ),
      ' ',
      h(
        'a',
        { class: 'open-sandbox', href: toolHref('/graphql', operation, interpret.variables) },
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
function toolHref(path: string, operation: string, variables: string | null | undefined): string {
  const params = new URLSearchParams({ query: operation });
  if (variables != null) params.set('variables', variables);
  return `${path}?${params.toString()}`;
}

/** Every entity (a name with a kind) and every quote in an answer, each once, in the order they come. */
function collect(data: unknown): { entities: { name: string; kind: EntityKind }[]; quotes: string[] } {
  const entities = new Map<string, { name: string; kind: EntityKind }>();
  const quotes = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['name'] === 'string' && typeof record['kind'] === 'string')
      entities.set(record['name'], { name: record['name'], kind: record['kind'] as EntityKind });
    if (typeof record['quote'] === 'string') quotes.add(record['quote']);
    for (const child of Object.values(record)) walk(child);
  };
  walk(data);
  return { entities: [...entities.values()], quotes: [...quotes] };
}
