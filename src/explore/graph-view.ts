import cytoscape, {
  type BoundingBox12,
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
} from 'cytoscape';
import cola from 'cytoscape-cola';
import { graphql } from './__generated__';
import type { ExploreNeighborhoodQuery } from './__generated__/graphql';
import { isAbort, request } from './api';
import { h, replaceChildren } from './dom';
import { BASIS_LABELS, BASIS_LINES, KINDS, edgeLabel, kindStyle } from './kinds';
import { entityHref, navigate, reflect, type GraphState } from './router';
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
        basis
        curation
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

cytoscape.use(cola);

/** How many entities one fetch may bring: the first view, and each expansion. */
const FIRST_LIMIT = 80;
const EXPAND_LIMIT = 40;
const MAX_FIT_ZOOM = 1.4;
// Below this, labels are too small to read (a phone, a busy depth-2 view): the view opens at this zoom on the
// center instead, to be panned; “Fit” still shows it all.
const MIN_READABLE_ZOOM = 0.75;
const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The entity's neighbourhood drawn with cytoscape: nodes coloured by kind, each edge named in Chinese (the English
 * and the basis on hover) and drawn firmer the more directly the plan states it. Cola's layout keeps every node's
 * box, label included, apart; an edge label that would cover another label is left off (hover still names it).
 * A click on a node expands it (its own neighbourhood is fetched and merged in); a double-click, or the “open”
 * button for the selected node, opens its entity page. Depth, selection and the kinds switched off are in the
 * URL. The graph element carries `data-node-count` and `data-edge-count`, and its cytoscape instance as `cy`, for
 * tests and scripts.
 */
export const graphView: View<{ readonly name: string } & GraphState> = async (root, route, signal) => {
  const { name } = route;
  let depth = route.depth ?? 1;
  const hidden = new Set(route.hidden ?? []);
  showLoading(root, `${name} 的关系图`);
  const first = await fetchSubgraph(name, depth, FIRST_LIMIT, signal);
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
    h('option', { value: '1', selected: depth === 1 }, '1 层 1 hop'),
    h('option', { value: '2', selected: depth === 2 }, '2 层 2 hops'),
  );
  const kindSwitches = legend(hidden);
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
          '单击节点展开其关系，双击打开实体；悬停在连线上看英文与依据。',
          h(
            'small',
            {},
            ' Click a node to expand it, double-click to open it; hover a link for English and basis.',
          ),
        ),
        kindSwitches.element,
        lineLegend(),
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
          'font-size': 13,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '110px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
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
          'line-style': 'data(line)' as 'solid',
          'target-arrow-color': '#9ca3af',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-family': FONT,
          'font-size': 10,
          color: '#4b5563',
          'text-background-color': '#f9fafb',
          'text-background-opacity': 0.9,
        },
      },
      // Left unlabelled where its label would cover another; hovering still names it.
      { selector: 'edge.quiet', style: { label: '' } },
      { selector: '.off', style: { display: 'none' } },
    ],
  });
  Object.defineProperty(container, 'cy', { value: cy });

  let selected: string | undefined;
  const expanding = new Set<string>();

  const remember = (): void => {
    reflect({
      view: 'graph',
      name: first.center.name,
      depth,
      ...(selected === undefined ? {} : { selected }),
      hidden: [...hidden],
    });
  };

  const report = (note = ''): void => {
    const nodes = cy.nodes(':visible').length;
    const edges = cy.edges(':visible').length;
    container.dataset['nodeCount'] = String(nodes);
    container.dataset['edgeCount'] = String(edges);
    status.textContent = `${nodes} 个实体 entities，${edges} 条关系 relationships${note}`;
    const sorted = cy
      .nodes(':visible')
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
          choose(node).catch(failed);
        });
        return h('li', {}, button, ' ', h('a', { href: entityHref(label), 'data-link': true }, '打开 open'));
      }),
    );
  };

  /** Lays the visible graph out, fits it, and leaves off the edge labels that would cover another label. */
  const arrange = async (): Promise<void> => {
    const visible = cy.elements(':visible');
    const layout = visible.layout({
      name: 'cola',
      animate: false,
      randomize: false,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      nodeSpacing: () => 12,
      edgeLength: 110,
      maxSimulationTime: 2500,
      fit: false,
      padding: 30,
    } as cytoscape.LayoutOptions);
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
    frame();
    declutter(cy);
  };

  /** The whole drawing in the box, but a small one no larger than reading size. */
  const fit = (): void => {
    cy.fit(cy.elements(':visible'), 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(cy.elements(':visible'));
    }
  };

  /** As `fit`, but never below reading size: a drawing too large for the box opens on its center. */
  const frame = (): void => {
    fit();
    if (cy.zoom() < MIN_READABLE_ZOOM) {
      cy.zoom(MIN_READABLE_ZOOM);
      cy.center(cy.getElementById(first.center.id));
    }
  };

  const show = async (subgraph: Subgraph, around?: NodeSingular): Promise<void> => {
    const added = merge(cy, subgraph, hidden, around);
    cy.getElementById(subgraph.center.id).addClass('expanded');
    if (around === undefined || added > 0) await arrange();
    const notes: string[] = [];
    if (subgraph.truncated) notes.push('部分显示 more not shown');
    if (around !== undefined && added === 0) notes.push('无新关系 nothing new');
    report(notes.length === 0 ? '' : `（${notes.join('；')}）`);
  };

  const reset = async (): Promise<void> => {
    // The address follows the choice at once, not after the fetch: a slow depth-2 read still leaves a link to
    // what was asked for.
    selected = undefined;
    openButton.disabled = true;
    remember();
    container.dataset['ready'] = 'false';
    const subgraph =
      depth === (route.depth ?? 1)
        ? first
        : await fetchSubgraph(first.center.name, depth, FIRST_LIMIT, signal);
    if (subgraph === null) return;
    cy.elements().remove();
    await show(subgraph);
    container.dataset['ready'] = 'true';
  };

  const expand = async (node: NodeSingular): Promise<void> => {
    const nodeName = String(node.data('label'));
    if (node.hasClass('expanded') || expanding.has(nodeName)) return;
    expanding.add(nodeName);
    status.textContent = `展开 Expanding ${nodeName}…`;
    try {
      const subgraph = await fetchSubgraph(nodeName, 1, EXPAND_LIMIT, signal);
      if (subgraph !== null) await show(subgraph, node);
    } catch (error) {
      if (!isAbort(error))
        report(`（展开失败 could not expand: ${error instanceof Error ? error.message : ''}）`);
    } finally {
      expanding.delete(nodeName);
    }
  };

  /** Selects a node (for the “open” button) and expands it. */
  const choose = async (node: NodeSingular): Promise<void> => {
    if (node.removed()) return;
    cy.nodes(':selected').unselect();
    node.select();
    selected = String(node.data('label'));
    openButton.disabled = false;
    remember();
    await expand(node);
  };

  const failed = (error: unknown): void => {
    if (!isAbort(error)) report(`（加载失败 failed: ${error instanceof Error ? error.message : ''}）`);
  };
  cy.on('onetap', 'node', (event) => {
    choose(event.target as NodeSingular).catch(failed);
  });
  cy.on('dbltap', 'node', (event) => {
    const node = event.target as NodeSingular;
    navigate({ view: 'entity', name: String(node.data('label')) });
  });
  cy.on('mouseover', 'edge', (event) => {
    container.title = String((event.target as EdgeSingular).data('title'));
  });
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    container.title = `${String(node.data('label'))} · ${String(node.data('kindName'))}`;
  });
  cy.on('mouseout', () => {
    container.title = '';
  });
  openButton.addEventListener('click', () => {
    if (selected !== undefined) navigate({ view: 'entity', name: selected });
  });
  fitButton.addEventListener('click', fit);
  depthSelect.addEventListener('change', () => {
    depth = Number(depthSelect.value);
    reset().catch(failed);
  });
  kindSwitches.onChange(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('off', hidden.has(String(node.data('kind'))) && !node.hasClass('center'));
    });
    remember();
    arrange()
      .then(() => {
        report();
      })
      .catch(failed);
  });

  await show(first);
  // A shared view's selection: chosen again, so its expansion is drawn too.
  const chosen =
    route.selected === undefined ? undefined : cy.nodes().filter((n) => n.data('label') === route.selected);
  const node = chosen?.first();
  if (node?.isNode()) await choose(node);
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
function merge(cy: Core, subgraph: Subgraph, hidden: ReadonlySet<string>, around?: NodeSingular): number {
  const origin = around?.position() ?? { x: 0, y: 0 };
  const fresh = subgraph.nodes.filter((node) => cy.getElementById(node.id).empty());
  const freshIds = new Set(fresh.map((node) => node.id));
  const known = (id: string): boolean => freshIds.has(id) || !cy.getElementById(id).empty();
  // The layout starts from rings: a first view's by distance from its center, an expansion's around the node.
  const hops = around === undefined ? distances(subgraph) : new Map<string, number>();
  const rings = new Map<number, string[]>();
  for (const node of fresh) {
    const ring = node.id === subgraph.center.id ? 0 : (hops.get(node.id) ?? 1);
    rings.set(ring, [...(rings.get(ring) ?? []), node.id]);
  }
  const place = (id: string): { x: number; y: number } => {
    const ring = id === subgraph.center.id && around === undefined ? 0 : (hops.get(id) ?? 1);
    const members = rings.get(ring) ?? [id];
    const angle = (2 * Math.PI * members.indexOf(id)) / members.length;
    return { x: origin.x + 160 * ring * Math.cos(angle), y: origin.y + 160 * ring * Math.sin(angle) };
  };
  const elements: ElementDefinition[] = fresh.map((node) => {
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.name,
        kind: node.kind,
        kindName: `${kindStyle(node.kind).label} ${kindStyle(node.kind).english}`,
        color: kindStyle(node.kind).color,
      },
      classes: [
        node.id === subgraph.center.id && around === undefined ? 'center' : '',
        // The center is always drawn, whatever its kind.
        hidden.has(node.kind) && node.id !== subgraph.center.id ? 'off' : '',
      ].join(' '),
      position: place(node.id),
    };
  });
  for (const edge of subgraph.edges) {
    const id = `${edge.from.id}|${edge.type}|${edge.to.id}`;
    // An edge to a node beyond the subgraph's limit is left out with that node.
    if (!cy.getElementById(id).empty() || !known(edge.from.id) || !known(edge.to.id)) continue;
    const [chinese, english] = edgeLabel(edge.type);
    const [basis, basisEnglish] = BASIS_LABELS[edge.basis];
    elements.push({
      group: 'edges',
      data: {
        id,
        source: edge.from.id,
        target: edge.to.id,
        type: edge.type,
        label: chinese,
        // A drafted link is drawn dotted whatever its basis: a pattern's reading, not yet confirmed.
        line: edge.curation === 'DRAFT' ? 'dotted' : BASIS_LINES[edge.basis],
        title: `${chinese} ${english} (${edge.type}) · ${basis} ${basisEnglish}${edge.curation === 'DRAFT' ? ' · 草稿 draft' : ''}`,
      },
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

/** The kinds' colours, each a switch that leaves that kind out of the drawing. */
function legend(hidden: Set<string>): { element: HTMLElement; onChange: (listener: () => void) => void } {
  let listener: () => void = () => undefined;
  const element = h(
    'ul',
    { class: 'legend', 'aria-label': '图例 Legend' },
    ...Object.entries(KINDS).map(([kind, style]) => {
      const box = h('input', { type: 'checkbox', checked: !hidden.has(kind), 'data-kind': kind });
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(kind);
        else hidden.add(kind);
        listener();
      });
      return h(
        'li',
        {},
        h(
          'label',
          {},
          box,
          h('span', { class: 'swatch', style: `background: ${style.color}` }),
          `${style.label} `,
          h('small', {}, style.english),
        ),
      );
    }),
  );
  return {
    element,
    onChange: (next) => {
      listener = next;
    },
  };
}

/** What an edge's line says about the plan's support for it. */
function lineLegend(): HTMLElement {
  const line = (style: string, text: string, english: string) =>
    h('li', {}, h('span', { class: `line-sample ${style}` }), `${text} `, h('small', {}, english));
  return h(
    'ul',
    { class: 'legend lines', 'aria-label': '连线 Lines' },
    line('solid', '原文一句', 'stated in a sentence'),
    line('dashed', '标题或同段', 'heading or paragraph'),
    line('dotted', '跨段解读', 'read across passages'),
  );
}

/**
 * Leaves off the label of every edge whose label box would cover a node, a node's label, or an edge label kept
 * before it. Boxes are in the graph's own coordinates, so what is apart at one zoom is apart at every zoom.
 */
function declutter(cy: Core): void {
  const taken: BoundingBox12[] = cy
    .nodes(':visible')
    .map((node) => node.boundingBox({ includeLabels: true, includeOverlays: false }));
  cy.edges().removeClass('quiet');
  cy.edges(':visible').forEach((edge) => {
    const box = edge.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    if (box.w === 0 || taken.some((other) => intersects(box, other))) edge.addClass('quiet');
    else taken.push(box);
  });
}

function intersects(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
