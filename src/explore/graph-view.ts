import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { graphql } from './__generated__';
import type { ExploreNeighborhoodQuery } from './__generated__/graphql';
import { isAbort, request } from './api';
import { h, replaceChildren } from './dom';
import { KINDS, kindStyle } from './kinds';
import { entityHref, navigate } from './router';
import { notFound, showLoading, type View } from './view';

const NeighborhoodQuery = graphql(`
  query ExploreNeighborhood($name: String!, $depth: Int!, $limit: Int!) {
    neighborhood(name: $name, depth: $depth, limit: $limit) {
      truncated
      center {
        id
        name
        kind
      }
      nodes {
        id
        name
        kind
      }
      edges {
        type
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
`);

type Subgraph = NonNullable<ExploreNeighborhoodQuery['neighborhood']>;

/** How many entities one fetch may bring: the first view, and each expansion. */
const FIRST_LIMIT = 80;
const EXPAND_LIMIT = 40;
const MAX_FIT_ZOOM = 1.4;
const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The entity's neighbourhood drawn with cytoscape: nodes coloured by kind, relationship types on the edges.
 * A click on a node expands it (its own neighbourhood is fetched and merged in); a double-click, or the “open”
 * button for the selected node, opens its entity page. The graph element carries `data-node-count` and
 * `data-edge-count` for tests and scripts.
 */
export const graphView: View<{ readonly name: string }> = async (root, { name }, signal) => {
  showLoading(root, `${name} 的关系图`);
  const first = await fetchSubgraph(name, 1, FIRST_LIMIT, signal);
  if (first === null) {
    notFound(root, `没有名为“${name}”的实体 No entity is named ${name}.`);
    return undefined;
  }
  document.title = `${first.center.name} · 关系图`;

  const status = h('p', { class: 'graph-status', id: 'graph-status', role: 'status' });
  // The canvas's nodes as a list too: the same expand/open actions without a mouse.
  const nodeList = h('ul', { class: 'node-list', id: 'graph-nodes' });
  const nodeListBox = h(
    'details',
    { class: 'graph-nodes' },
    h('summary', {}, '节点列表 ', h('small', {}, 'Nodes as a list')),
    nodeList,
  );
  const container = h('div', { class: 'graph', id: 'graph', 'data-center': first.center.name });
  const openButton = h(
    'button',
    { type: 'button', id: 'graph-open', disabled: true },
    '打开所选 Open selected',
  );
  const fitButton = h('button', { type: 'button', id: 'graph-fit' }, '适应窗口 Fit');
  const depthSelect = h(
    'select',
    { id: 'graph-depth', 'aria-label': '深度 Depth' },
    h('option', { value: '1', selected: true }, '1 层 1 hop'),
    h('option', { value: '2' }, '2 层 2 hops'),
  );
  replaceChildren(
    root,
    h(
      'section',
      { class: 'graph-page' },
      h(
        'header',
        { class: 'graph-header' },
        h('h1', {}, first.center.name, ' ', h('small', {}, '关系图 Neighbourhood')),
        h(
          'div',
          { class: 'toolbar' },
          h('label', {}, '深度 Depth ', depthSelect),
          openButton,
          fitButton,
          h(
            'a',
            { class: 'button', href: entityHref(first.center.name), 'data-link': true },
            '返回实体 Back to entity',
          ),
        ),
        h(
          'p',
          { class: 'hint' },
          '单击节点展开其关系，双击打开实体。',
          h('small', {}, ' Click a node to expand it; double-click to open it.'),
        ),
        legend(),
      ),
      container,
      status,
      nodeListBox,
    ),
  );

  const cy = cytoscape({
    container,
    elements: [],
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          label: 'data(label)',
          color: '#1f2937',
          'font-family': FONT,
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '120px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          width: 22,
          height: 22,
        },
      },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#374151' } },
      {
        selector: 'node.center',
        style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold' },
      },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#9ca3af',
          'target-arrow-color': '#9ca3af',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-family': FONT,
          'font-size': 8,
          color: '#6b7280',
          'text-rotation': 'autorotate',
        },
      },
    ],
  });

  let selected: string | undefined;
  const expanding = new Set<string>();

  const report = (note = ''): void => {
    const nodes = cy.nodes().length;
    const edges = cy.edges().length;
    container.dataset['nodeCount'] = String(nodes);
    container.dataset['edgeCount'] = String(edges);
    status.textContent = `${nodes} 个实体 entities，${edges} 条关系 relationships${note}`;
    const sorted = cy
      .nodes()
      .map((node) => ({ node, label: String(node.data('label')) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh'));
    replaceChildren(
      nodeList,
      ...sorted.map(({ node, label }) => {
        const button = h(
          'button',
          {
            type: 'button',
            class: 'node-button',
            'data-node': label,
            'data-expanded': node.hasClass('expanded'),
            style: `--kind: ${String(node.data('color'))}`,
          },
          label,
        );
        button.addEventListener('click', () => {
          choose(node);
        });
        return h('li', {}, button, ' ', h('a', { href: entityHref(label), 'data-link': true }, '打开 open'));
      }),
    );
  };

  const show = (subgraph: Subgraph, around?: NodeSingular): void => {
    const added = merge(cy, subgraph, around);
    cy.getElementById(subgraph.center.id).addClass('expanded');
    if (around === undefined) {
      // Rings by distance from the center: the center inside, then 1 hop, then 2.
      const hops = distances(subgraph);
      cy.layout({
        name: 'concentric',
        concentric: (node: NodeSingular) => 10 - (hops.get(node.id()) ?? 9),
        levelWidth: () => 1,
        minNodeSpacing: 30,
        animate: false,
        padding: 30,
      }).run();
    } else if (added > 0) {
      cy.layout({
        name: 'cose',
        randomize: false,
        animate: false,
        fit: true,
        padding: 30,
        nodeDimensionsIncludeLabels: true,
      }).run();
    }
    // A small neighbourhood fitted to the box would be drawn huge: keep labels at reading size.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
    const notes: string[] = [];
    if (subgraph.truncated) notes.push('部分显示 more not shown');
    if (around !== undefined && added === 0) notes.push('无新关系 nothing new');
    report(notes.length === 0 ? '' : `（${notes.join('；')}）`);
  };

  const reset = async (depth: number): Promise<void> => {
    const subgraph = depth === 1 ? first : await fetchSubgraph(first.center.name, depth, FIRST_LIMIT, signal);
    if (subgraph === null) return;
    cy.elements().remove();
    selected = undefined;
    openButton.disabled = true;
    show(subgraph);
  };

  const expand = async (node: NodeSingular): Promise<void> => {
    const nodeName = String(node.data('label'));
    if (node.hasClass('expanded') || expanding.has(nodeName)) return;
    expanding.add(nodeName);
    status.textContent = `展开 Expanding ${nodeName}…`;
    try {
      const subgraph = await fetchSubgraph(nodeName, 1, EXPAND_LIMIT, signal);
      if (subgraph !== null) show(subgraph, node);
    } catch (error) {
      if (!isAbort(error))
        report(`（展开失败 could not expand: ${error instanceof Error ? error.message : ''}）`);
    } finally {
      expanding.delete(nodeName);
    }
  };

  /** Selects a node (for the “open” button) and expands it. */
  const choose = (node: NodeSingular): void => {
    if (node.removed()) return;
    cy.nodes(':selected').unselect();
    node.select();
    selected = String(node.data('label'));
    openButton.disabled = false;
    void expand(node);
  };

  cy.on('onetap', 'node', (event) => {
    choose(event.target as NodeSingular);
  });
  cy.on('dbltap', 'node', (event) => {
    const node = event.target as NodeSingular;
    navigate({ view: 'entity', name: String(node.data('label')) });
  });
  openButton.addEventListener('click', () => {
    if (selected !== undefined) navigate({ view: 'entity', name: selected });
  });
  fitButton.addEventListener('click', () => {
    cy.fit(undefined, 30);
  });
  depthSelect.addEventListener('change', () => {
    reset(Number(depthSelect.value)).catch((error: unknown) => {
      if (!isAbort(error)) report(`（加载失败 failed: ${error instanceof Error ? error.message : ''}）`);
    });
  });

  show(first);
  container.dataset['ready'] = 'true';
  return () => {
    cy.destroy();
  };
};

async function fetchSubgraph(
  name: string,
  depth: number,
  limit: number,
  signal: AbortSignal,
): Promise<Subgraph | null> {
  const { neighborhood } = await request(NeighborhoodQuery, { name, depth, limit }, signal);
  return neighborhood ?? null;
}

/** Adds the subgraph's missing nodes (placed around `around`, when given) and edges; returns how many. */
function merge(cy: Core, subgraph: Subgraph, around?: NodeSingular): number {
  const origin = around?.position() ?? { x: 0, y: 0 };
  const fresh = subgraph.nodes.filter((node) => cy.getElementById(node.id).empty());
  const freshIds = new Set(fresh.map((node) => node.id));
  const known = (id: string): boolean => freshIds.has(id) || !cy.getElementById(id).empty();
  const elements: ElementDefinition[] = fresh.map((node, i) => {
    const angle = (2 * Math.PI * i) / fresh.length;
    return {
      group: 'nodes',
      data: { id: node.id, label: node.name, kind: node.kind, color: kindStyle(node.kind).color },
      classes: node.id === subgraph.center.id && around === undefined ? 'center' : '',
      position: { x: origin.x + 80 * Math.cos(angle), y: origin.y + 80 * Math.sin(angle) },
    };
  });
  for (const edge of subgraph.edges) {
    const id = `${edge.from.id}|${edge.type}|${edge.to.id}`;
    // An edge to a node beyond the subgraph's limit is left out with that node.
    if (!cy.getElementById(id).empty() || !known(edge.from.id) || !known(edge.to.id)) continue;
    elements.push({
      group: 'edges',
      data: { id, source: edge.from.id, target: edge.to.id, type: edge.type },
    });
  }
  cy.add(elements);
  return elements.length;
}

/** Hops from the subgraph's center to each node, either direction. */
function distances(subgraph: Subgraph): Map<string, number> {
  const hops = new Map<string, number>([[subgraph.center.id, 0]]);
  let frontier = [subgraph.center.id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const edge of subgraph.edges) {
      for (const [a, b] of [
        [edge.from.id, edge.to.id],
        [edge.to.id, edge.from.id],
      ] as const) {
        if (frontier.includes(a) && !hops.has(b)) {
          hops.set(b, (hops.get(a) ?? 0) + 1);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return hops;
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': '图例 Legend' },
    ...Object.values(KINDS).map((style) =>
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background: ${style.color}` }),
        `${style.label} `,
        h('small', {}, style.english),
      ),
    ),
  );
}
