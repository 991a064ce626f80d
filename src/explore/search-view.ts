import { graphql } from './__generated__';
import { request } from './api';
import { h, replaceChildren } from './dom';
import { kindStyle } from './kinds';
import { entityHref } from './router';
import { showLoading, type View } from './view';

const SearchQuery = graphql(`
  query ExploreSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
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
`);

// How a hit matched, when it is not the text as typed.
const MATCH_LABELS: Record<string, string> = {
  TRADITIONAL: '繁体 Traditional',
  ENGLISH: '英文 English',
  VARIANT: '变体 variant',
  WORDS: '分词 words',
  FUZZY: '近似 near miss',
};

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
  const { search } = await request(SearchQuery, { text, first: 30 }, signal);
  replaceChildren(
    root,
    h(
      'section',
      { class: 'search-results', 'data-query': text },
      h('h1', {}, `“${text}”的搜索结果 `, h('small', {}, `${search.length} results`)),
      search.length === 0
        ? h(
            'p',
            { class: 'empty' },
            '没有找到 Nothing found. 试试更短的词或英文名 Try fewer characters, or the English name.',
          )
        : h(
            'ol',
            { class: 'results' },
            ...search.map(({ entity, matched, how }) => {
              const style = kindStyle(entity.kind);
              return h(
                'li',
                { class: 'result', 'data-kind': entity.kind },
                h(
                  'a',
                  {
                    class: 'entity-link',
                    href: entityHref(entity.name),
                    'data-link': true,
                    style: `--kind: ${style.color}`,
                  },
                  entity.name,
                ),
                ' ',
                h('span', { class: 'kind-tag' }, `${style.label} ${style.english}`),
                entity.englishName == null
                  ? null
                  : h('span', { class: 'english-name' }, ` ${entity.englishName}`),
                matched != null && matched !== entity.name
                  ? h('span', { class: 'matched' }, `匹配 matched: ${matched}`)
                  : null,
                ['EXACT', 'PREFIX', 'CONTAINS'].includes(how)
                  ? null
                  : h('span', { class: 'match-how', 'data-how': how }, MATCH_LABELS[how]),
              );
            }),
          ),
    ),
  );
  return undefined;
};

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
