import { ENTITY_LABELS } from '../domain/vocabulary.js';
import type { GraphSnapshot, SnapshotEdge, SnapshotEvidence, SnapshotSection } from './graph-snapshot.js';
import { toIri, URN_PREFIX, VOCABULARY } from './iri.js';

/**
 * schema.org for what things are called, PROV for where each fact comes from, RDF reification for the facts
 * themselves, and the graph's own vocabulary (`pg:`) for the rest.
 */
export const JSONLD_CONTEXT = {
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  pg: VOCABULARY,
  identifier: 'schema:identifier',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  isPartOf: { '@id': 'schema:isPartOf', '@type': '@id' },
  unitText: 'schema:unitText',
  kind: 'pg:kind',
  subject: { '@id': 'rdf:subject', '@type': '@id' },
  predicate: { '@id': 'rdf:predicate', '@type': '@id' },
  object: { '@id': 'rdf:object', '@type': '@id' },
  relationType: 'pg:relationType',
  basis: 'pg:basis',
  wasDerivedFrom: { '@id': 'prov:wasDerivedFrom', '@type': '@id' },
  value: 'prov:value',
  evidence: 'pg:evidence',
  start: 'pg:start',
  end: 'pg:end',
  measures: { '@id': 'pg:measures', '@type': '@id' },
  category: 'pg:category',
  baseline: 'pg:baseline',
  baselineYear: 'pg:baselineYear',
  target: 'pg:target',
  targetMax: 'pg:targetMax',
  targetYear: 'pg:targetYear',
  fromTable: 'pg:fromTable',
  increment: 'pg:increment',
} as const;

type JsonLdNode = Record<string, unknown>;

/**
 * The snapshot as one JSON-LD document. Entities are schema:Thing nodes (`@id` urn:plan-graph:<entity id>);
 * each relationship is a fact node (an rdf:Statement and a prov:Entity) whose `prov:wasDerivedFrom` names the
 * plan sections that state it and whose `prov:value` holds the quotes; `evidence` pairs each quote with its
 * section and offsets. Indicators carry their provenance the same way. Cited sections are nodes too.
 */
export function toJsonld(snapshot: GraphSnapshot): string {
  const sections = new Map<string, SnapshotSection>();
  for (const item of [...snapshot.edges, ...snapshot.indicators]) {
    for (const e of item.evidence) sections.set(e.section.id, e.section);
  }
  const graph: JsonLdNode[] = [
    ...snapshot.nodes.map((node) => ({
      '@id': toIri(node.id),
      '@type': ['schema:Thing', `pg:${label(node.kind)}`],
      identifier: node.id,
      name: node.name,
      ...(node.aliases.length > 0 ? { alternateName: node.aliases } : {}),
      kind: node.kind,
      ...(node.id === node.planId ? {} : { isPartOf: toIri(node.planId) }),
    })),
    ...snapshot.edges.map(fact),
    ...snapshot.indicators.map((i) =>
      withoutNulls({
        '@id': toIri(i.id),
        '@type': ['prov:Entity', 'pg:Indicator'],
        identifier: i.id,
        name: i.name,
        category: i.category,
        unitText: i.unit,
        baseline: i.baseline,
        baselineYear: i.baselineYear,
        target: i.target,
        targetMax: i.targetMax,
        targetYear: i.targetYear,
        fromTable: i.fromTable,
        increment: i.increment,
        measures: i.measures.map(toIri),
        isPartOf: toIri(i.planId),
        ...provenance(i.evidence),
      }),
    ),
    ...[...sections.values()].map((s) => ({
      '@id': toIri(s.id),
      '@type': ['prov:Entity', 'schema:CreativeWork'],
      identifier: s.path,
      name: s.title,
      isPartOf: toIri(s.planId),
    })),
  ];
  return `${JSON.stringify({ '@context': JSONLD_CONTEXT, '@graph': graph }, null, 2)}\n`;
}

function fact(edge: SnapshotEdge): JsonLdNode {
  // Note: toIri keeps `/`; encoding it inside each id keeps `<from>/<TYPE>/<to>` unambiguous.
  const segment = (id: string) => toIri(id).slice(URN_PREFIX.length).replace(/\//g, '%2F');
  return {
    '@id': `${URN_PREFIX}fact:${segment(edge.fromId)}/${edge.type}/${segment(edge.toId)}`,
    '@type': ['rdf:Statement', 'prov:Entity'],
    subject: toIri(edge.fromId),
    predicate: `pg:${edge.type}`,
    object: toIri(edge.toId),
    relationType: edge.type,
    basis: edge.basis,
    ...provenance(edge.evidence),
  };
}

/** PROV for one fact: the sections it was derived from, its quotes, and each quote's place. */
function provenance(evidence: readonly SnapshotEvidence[]): JsonLdNode {
  return {
    wasDerivedFrom: [...new Set(evidence.map((e) => toIri(e.section.id)))],
    value: evidence.map((e) => e.quote),
    evidence: evidence.map((e) => ({
      '@id': toIri(`${e.section.planId}:quote:${e.start}-${e.end}`),
      '@type': 'prov:Entity',
      value: e.quote,
      wasDerivedFrom: toIri(e.section.id),
      start: e.start,
      end: e.end,
    })),
  };
}

function label(kind: string): string {
  return Object.hasOwn(ENTITY_LABELS, kind) ? ENTITY_LABELS[kind as keyof typeof ENTITY_LABELS] : 'Entity';
}

function withoutNulls(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== null));
}
