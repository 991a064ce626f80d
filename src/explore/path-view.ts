import { graphql } from './__generated__';
import type { ExplorePathQuery } from './__generated__/graphql';
import { request } from './api';
import { h } from './dom';
import { entityLink } from './entity-link';
import { evidenceList } from './evidence';
import { BASIS_LABELS, kindStyle } from './kinds';

// The hop limit interpret asks with: the longest chain this graph holds between two entities.
const MAX_HOPS = 6;

const PathQuery = graphql(`
  query ExplorePath($from: String!, $to: String!, $maxHops: Int!, $plan: ID) {
    path(from: $from, to: $to, maxHops: $maxHops, plan: $plan) {
      length
      direct
      throughReading
      directLinks {
        type
        basis
      }
      nodes {
        name
        kind
      }
      edges {
        type
        basis
        from {
          name
        }
        to {
          name
        }
        evidence {
          quote
          start
          end
          section {
            ...SectionInContext
          }
        }
      }
    }
  }
`);

type Path = NonNullable<ExplorePathQuery['path']>;

/** The two ends of a path question, as interpret's variables name them. */
export interface PathEnds {
  readonly from: string;
  readonly to: string;
  readonly plan?: string | null;
}

/**
 * A path between two entities, said plainly: whether the plan links the two directly, whether a hop is a reading
 * (two passages read together), then each hop with its type, basis and the plan's quotes.
 */
export async function pathAnswer(ends: PathEnds, signal: AbortSignal): Promise<HTMLElement> {
  const { path } = await request(
    PathQuery,
    { from: ends.from, to: ends.to, maxHops: MAX_HOPS, plan: ends.plan ?? null },
    signal,
  );
  if (path === null) {
    return h(
      'p',
      { class: 'path-none' },
      `${MAX_HOPS} 步以内没有关系链，规划并未关联二者。 No chain of at most ${MAX_HOPS} relationships joins them: the plan does not link the two.`,
    );
  }
  return h(
    'div',
    { class: 'path-answer', 'data-direct': String(path.direct), 'data-reading': String(path.throughReading) },
    h('p', { class: 'path-direct' }, directSentence(path)),
    path.throughReading
      ? h(
          'p',
          { class: 'path-reading' },
          '链中有一步为跨段解读（READING），并非原文一句明述。 One hop is a reading: two passages read together, not a sentence that states it.',
        )
      : null,
    h('ol', { class: 'path-hops' }, ...path.edges.map((edge, i) => hopItem(path, edge, i))),
  );
}

function directSentence(path: Path): string {
  if (!path.direct)
    return `规划并未直接关联二者；以下是经由其他实体的 ${path.length} 步关系链。 The plan does not link the two directly: this is a chain of ${path.length} through others.`;
  const links = path.directLinks.map((l) => `${l.type}（${BASIS_LABELS[l.basis][0]}）`).join('、');
  return path.length === 1
    ? `规划直接关联二者：${links}。 The plan links the two directly.`
    : `规划直接关联二者（${links}），但这一关联是解读；以下是原文明述的 ${path.length} 步关系链。 The plan links the two directly only by a reading; this is the chain of stated links.`;
}

function hopItem(path: Path, edge: Path['edges'][number], i: number): HTMLElement {
  const [here, next] = [path.nodes[i], path.nodes[i + 1]];
  const forward = edge.from.name === here?.name;
  return h(
    'li',
    { class: 'path-hop', 'data-type': edge.type, 'data-basis': edge.basis },
    h(
      'p',
      { class: 'relation-head' },
      here ? node(here) : null,
      ' ',
      h('span', { class: 'hop-type' }, forward ? `—${edge.type}→` : `←${edge.type}—`),
      ' ',
      next ? node(next) : null,
      ' ',
      h(
        'span',
        { class: 'basis-tag', 'data-basis': edge.basis, title: BASIS_LABELS[edge.basis][1] },
        BASIS_LABELS[edge.basis][0],
      ),
    ),
    evidenceList(edge.evidence, 1),
  );
}

function node(n: Path['nodes'][number]): HTMLElement {
  return h(
    'span',
    { class: 'path-node' },
    entityLink(n.name, n.kind),
    h('span', { class: 'kind-tag' }, kindStyle(n.kind).label),
  );
}
