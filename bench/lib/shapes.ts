import { searchShapes } from './search-shapes.js';
import type { Json, Shape } from './shape.js';

export type { GraphqlRequest, Json, Shape } from './shape.js';

export interface BenchParameters {
  readonly middling: string;
  readonly hub: string;
  readonly servingProgram: string;
  readonly quietProgram: string;
  readonly platforms: number;
  readonly search: readonly { readonly label: string; readonly text: string }[];
  /**
   * Deep pages of platforms, 10 a page: our cursor and the floor's id for the item before the page, and the
   * peer's offset (its list form, which a user of @neo4j/graphql pages with: its offset connection collects every
   * node before paging and runs out of memory on deep pages).
   */
  readonly pages: readonly {
    readonly page: number;
    readonly ours: string | null;
    readonly theirs: number;
    readonly floor: string | null;
  }[];
}

const names = (list: Json): string[] => (list as { name: string }[]).map((x) => x.name).sort();
const PAGE = 10;

// Note: our lists take in an entity's parts by default; B1 … B3 ask for the direct links (includeParts: false),
// which is what the peer returns. The default is measured by rows of its own (group `parts`, B1.parts and
// B2.parts): the peer answers them with @cypher fields, the floor with its own statements.
export function buildShapes(p: BenchParameters): Shape[] {
  const shapes: Shape[] = [
    {
      id: 'B1',
      group: 'B1',
      title: `industry by name + its platforms (${p.middling})`,
      ours: {
        query:
          'query ($name: String!) { industry(name: $name) { name platforms(includeParts: false) { name } } }',
        variables: { name: p.middling },
      },
      theirs: {
        query:
          'query ($name: String!) { industries(where: { name: { eq: $name } }) { name platforms { name } } }',
        variables: { name: p.middling },
      },
      floor: { shape: 'b1', params: { name: p.middling } },
      normalize: {
        ours: (d) => ({ name: d.industry.name, platforms: names(d.industry.platforms) }),
        theirs: (d) => ({ name: d.industries[0].name, platforms: names(d.industries[0].platforms) }),
        floor: (rows) => ({ name: rows[0].name, platforms: [...rows[0].platforms].sort() }),
      },
    },
    {
      id: 'B1.parts',
      group: 'parts',
      aside: true,
      title: `industry by name + the platforms of it and its parts, our default (${p.middling})`,
      ours: {
        query: 'query ($name: String!) { industry(name: $name) { name platforms { name } } }',
        variables: { name: p.middling },
      },
      theirs: {
        query:
          'query ($name: String!) { industries(where: { name: { eq: $name } }) { name platformsWithParts { name } } }',
        variables: { name: p.middling },
      },
      floor: { shape: 'b1-parts', params: { name: p.middling } },
      normalize: {
        ours: (d) => ({ name: d.industry.name, platforms: names(d.industry.platforms) }),
        theirs: (d) => ({ name: d.industries[0].name, platforms: names(d.industries[0].platformsWithParts) }),
        floor: (rows) => ({ name: rows[0].name, platforms: [...rows[0].platforms].sort() }),
      },
    },
    {
      id: 'B2',
      group: 'B2',
      title: '20 industries → platforms → programs',
      ours: {
        query:
          '{ industries(first: 20) { edges { node { name platforms(includeParts: false) { name programs(includeParts: false) { name } } } } } }',
        variables: {},
      },
      theirs: {
        query:
          '{ industriesConnection(first: 20, sort: [{ id: ASC }]) { edges { node { name platforms { name programs { name } } } } } }',
        variables: {},
      },
      floor: { shape: 'b2', params: { first: 20 } },
      normalize: {
        ours: (d) => threeLevels(d.industries.edges.map((e: Json) => e.node)),
        theirs: (d) => threeLevels(d.industriesConnection.edges.map((e: Json) => e.node)),
        floor: (rows) => threeLevels(floorThreeLevels(rows)),
      },
    },
    {
      id: 'B2.parts',
      group: 'parts',
      aside: true,
      title: '20 industries → platforms → programs, each with its parts’, our default',
      ours: {
        query: '{ industries(first: 20) { edges { node { name platforms { name programs { name } } } } } }',
        variables: {},
      },
      theirs: {
        query:
          '{ industriesConnection(first: 20, sort: [{ id: ASC }]) { edges { node { name platforms: platformsWithParts { name programs: programsWithParts { name } } } } } }',
        variables: {},
      },
      floor: { shape: 'b2-parts', params: { first: 20 } },
      normalize: {
        ours: (d) => threeLevels(d.industries.edges.map((e: Json) => e.node)),
        theirs: (d) => threeLevels(d.industriesConnection.edges.map((e: Json) => e.node)),
        floor: (rows) => threeLevels(floorThreeLevels(rows)),
      },
    },
    {
      id: 'B3',
      group: 'B3',
      title: '50 industries with their platform and program counts',
      ours: {
        query:
          '{ industries(first: 50) { edges { node { name platforms: relationCount(direction: IN, types: ["SUPPORTS"], kinds: [PLATFORM], includeParts: false) programs: relationCount(direction: IN, types: ["SERVES"], kinds: [PROGRAM], includeParts: false) } } } }',
        variables: {},
      },
      theirs: {
        query:
          '{ industriesConnection(first: 50, sort: [{ id: ASC }]) { edges { node { name platformsConnection { aggregate { count { nodes } } } programsConnection { aggregate { count { nodes } } } } } } }',
        variables: {},
      },
      floor: { shape: 'b3', params: { first: 50 } },
      normalize: {
        ours: (d) => d.industries.edges.map((e: Json) => [e.node.name, e.node.platforms, e.node.programs]),
        theirs: (d) =>
          d.industriesConnection.edges.map((e: Json) => [
            e.node.name,
            e.node.platformsConnection.aggregate.count.nodes,
            e.node.programsConnection.aggregate.count.nodes,
          ]),
        floor: (rows) => rows.map((r: Json) => [r.name, r.platforms, r.programs]),
      },
    },
  ];
  for (const page of p.pages) {
    shapes.push({
      id: `B4.p${page.page}`,
      group: 'B4',
      title: `platforms, page ${page.page} (${PAGE} a page)`,
      ours: {
        query: 'query ($after: String) { platforms(first: 10, after: $after) { edges { node { name } } } }',
        variables: { after: page.ours },
      },
      theirs: {
        query: 'query ($offset: Int) { platforms(limit: 10, offset: $offset, sort: [{ id: ASC }]) { name } }',
        variables: { offset: page.theirs },
      },
      floor: { shape: 'b4', params: { after: page.floor, first: PAGE } },
      normalize: {
        ours: (d) => d.platforms.edges.map((e: Json) => e.node.name),
        theirs: (d) => d.platforms.map((p: Json) => p.name),
        floor: (rows) => rows.map((r: Json) => r.name),
      },
    });
  }
  for (const { label, text } of p.search) shapes.push(...searchShapes(label, text));
  shapes.push(
    {
      id: 'B6.path',
      group: 'B6',
      title: `shortest path ${p.servingProgram} → ${p.hub}`,
      ours: {
        query:
          'query ($from: String!, $to: String!) { path(from: $from, to: $to, maxHops: 6) { length nodes { name } } }',
        variables: { from: p.servingProgram, to: p.hub },
      },
      theirs: {
        query: 'query ($from: String!, $to: String!) { shortestPathNames(from: $from, to: $to) }',
        variables: { from: p.servingProgram, to: p.hub },
      },
      floor: { shape: 'b6-path', params: { from: p.servingProgram, to: p.hub } },
      normalize: {
        ours: (d) => (d.path === null ? -1 : d.path.length),
        theirs: (d) => d.shortestPathNames.length - 1,
        floor: (rows) => (rows.length === 0 ? -1 : rows[0].names.length - 1),
      },
    },
    {
      id: 'B6.neighborhood',
      group: 'B6',
      title: `two-hop neighbourhood of ${p.quietProgram}, at most 200`,
      ours: {
        query:
          'query ($name: String!) { neighborhood(name: $name, depth: 2, limit: 200) { nodes { name } edges { type } } }',
        variables: { name: p.quietProgram },
      },
      theirs: {
        query: 'query ($name: String!) { neighborhoodNames(name: $name) }',
        variables: { name: p.quietProgram },
      },
      floor: { shape: 'b6-neighborhood', params: { name: p.quietProgram, limit: 200 } },
      normalize: {
        ours: (d) => d.neighborhood.nodes.length,
        theirs: (d) => d.neighborhoodNames.length,
        floor: (rows) => rows[0].names.length,
      },
    },
  );
  return shapes;
}

/** The floor's B2 rows (program names as strings) in the GraphQL answers' form. */
function floorThreeLevels(rows: Json[]): Json[] {
  return rows.map((r: Json) => ({
    name: r.name,
    platforms: r.platforms.map((x: Json) => ({
      name: x.name,
      programs: x.programs.map((n: string) => ({ name: n })),
    })),
  }));
}

function threeLevels(industries: Json[]): unknown {
  return industries.map((i) => ({
    name: i.name,
    platforms: [...i.platforms]
      .sort((a: Json, b: Json) => (a.name < b.name ? -1 : 1))
      .map((p: Json) => ({ name: p.name, programs: names(p.programs) })),
  }));
}

export { PAGE as PAGE_SIZE };
