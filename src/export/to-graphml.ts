import type { GraphSnapshot } from './graph-snapshot.js';
import { LIST_SEPARATOR, quotes, sectionPaths } from './joined-text.js';

// Note: XML 1.0 cannot carry these at all, not even as character references: C0 controls other than tab, line
// feed and carriage return, lone surrogates, U+FFFE and U+FFFF. They are dropped.
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Note: a parser turns a literal CR (and, in attributes, tab and LF) into a space or LF; references survive.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Text safe inside an XML element or a quoted attribute: escaped, and with illegal characters removed. */
export function escapeXml(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/[&<>"'\r\n\t]/g, (c) => XML_ESCAPES[c] ?? c);
}

const NODE_KEYS = [
  ['name', 'name'],
  // Gephi shows a node's `label` attribute as its label.
  ['label', 'label'],
  ['kind', 'kind'],
  ['aliases', 'aliases'],
  ['plan', 'plan'],
] as const;
const EDGE_KEYS = [
  ['type', 'type'],
  ['edge_label', 'label'],
  ['basis', 'basis'],
  ['evidence', 'evidence'],
  ['sections', 'sections'],
] as const;

/**
 * The snapshot as one GraphML document (directed), for Gephi, yEd or NetworkX. Node ids are entity ids; an edge's
 * id is `source|TYPE|target`. Every attribute is a string; lists are joined with LIST_SEPARATOR.
 */
export function toGraphml(snapshot: GraphSnapshot): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([id, name]) => key(id, 'node', name)),
    ...EDGE_KEYS.map(([id, name]) => key(id, 'edge', name)),
    '  <graph id="plan-graph" edgedefault="directed">',
  ];
  for (const node of snapshot.nodes) {
    lines.push(
      `    <node id="${escapeXml(node.id)}">`,
      data('name', node.name),
      data('label', node.name),
      data('kind', node.kind),
      data('aliases', node.aliases.join(LIST_SEPARATOR)),
      data('plan', node.planId),
      '    </node>',
    );
  }
  const seen = new Map<string, number>();
  for (const edge of snapshot.edges) {
    const base = `${edge.fromId}|${edge.type}|${edge.toId}`;
    // Note: the dataset states each relationship once; should one repeat, its id still stays unique.
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}#${count}`;
    lines.push(
      `    <edge id="${escapeXml(id)}" source="${escapeXml(edge.fromId)}" target="${escapeXml(edge.toId)}">`,
      data('type', edge.type),
      data('edge_label', edge.type),
      data('basis', edge.basis),
      data('evidence', quotes(edge.evidence)),
      data('sections', sectionPaths(edge.evidence)),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function key(id: string, domain: 'node' | 'edge', name: string): string {
  return `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="string"/>`;
}

function data(keyId: string, value: string): string {
  return `      <data key="${keyId}">${escapeXml(value)}</data>`;
}
