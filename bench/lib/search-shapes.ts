import type { Json, Shape } from './shape.js';

// B5 asks for 100 hits: a full page of names holding the text is cut by each system's own order.
const SEARCH_PAGE = 100;

/**
 * B5, two like-for-like rows per text. Unranked: our literal search (`variants: false`) against the peer's
 * substring filter (`CONTAINS`, its text index) and the floor's scan of our text index; any order, so every
 * answer holds the text, and when there are fewer than a page of such names, they are the same names. Ranked: our
 * default search against the peer's `@fulltext` query and the floor's call of the same full-text index, each
 * best first by its own ranking; so what must agree is the names holding the text: ours come first (the lower
 * bands follow them), as many as the others', and when there are fewer than a page of them, the same names.
 */
export function searchShapes(label: string, text: string): Shape[] {
  const unranked = (list: string[]) => ({
    count: list.length,
    allContain: list.every((n) => n.includes(text)),
    names: list.length < SEARCH_PAGE ? [...list].sort() : 'a page',
  });
  const ranked = (list: string[]) => {
    const holding = list.filter((n) => n.includes(text));
    return {
      holding: holding.length,
      holdingFirst: list.slice(0, holding.length).every((n) => n.includes(text)),
      names: holding.length < SEARCH_PAGE ? [...holding].sort() : 'a page',
    };
  };
  // Every character of the text is a word of the peer's full-text index: as a phrase, it is the text in order.
  const phrase = `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  const hitNames = (d: Json): string[] => d.search.map((h: Json) => h.entity.name);
  return [
    {
      id: `B5.unranked ${label}`,
      group: 'B5',
      row: 'unranked',
      title: `platforms containing “${text}” (${label}), unranked: our literal search, the peer’s CONTAINS`,
      ours: {
        query:
          // Note: variants: false keeps the literal matches, the like of the peer's substring filter; with
          // variants the lower bands add names that do not hold the text (suffix dropped, near misses), by design.
          'query ($text: String!) { search(text: $text, kinds: [PLATFORM], first: 100, variants: false) { entity { name } } }',
        variables: { text },
      },
      theirs: {
        query:
          'query ($text: String!) { platforms(where: { name: { contains: $text } }, limit: 100) { name } }',
        variables: { text },
      },
      floor: { shape: 'b5', params: { text } },
      normalize: {
        ours: (d) => unranked(hitNames(d)),
        theirs: (d) => unranked(d.platforms.map((x: Json) => x.name)),
        floor: (rows) => unranked(rows.map((r: Json) => r.name)),
      },
    },
    {
      id: `B5.ranked ${label}`,
      group: 'B5',
      row: 'ranked',
      title: `platforms matching “${text}” (${label}), ranked: our default search, the peer’s @fulltext`,
      ours: {
        query:
          'query ($text: String!) { search(text: $text, kinds: [PLATFORM], first: 100) { entity { name } } }',
        variables: { text },
      },
      theirs: {
        // Note: no sort argument: the full-text index yields best first, and a sort by score would add a sort.
        query:
          'query ($phrase: String!) { platformsByName(phrase: $phrase, first: 100) { edges { node { name } } } }',
        variables: { phrase },
      },
      floor: { shape: 'b5-ranked', params: { phrase } },
      normalize: {
        ours: (d) => ranked(hitNames(d)),
        theirs: (d) => ranked(d.platformsByName.edges.map((e: Json) => e.node.name)),
        floor: (rows) => ranked(rows.map((r: Json) => r.name)),
      },
    },
  ];
}
