import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld, { type JsonLdDocument } from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Direction } from '../../src/loaders/related.js';
import { queries } from '../../src/db/queries.js';
import { ExportError, exportGraph, type ExportOptions } from '../../src/export/export-graph.js';
import type { GraphSnapshot } from '../../src/export/graph-snapshot.js';
import { toCsv } from '../../src/export/to-csv.js';
import { escapeXml, toGraphml } from '../../src/export/to-graphml.js';
import { toJsonld } from '../../src/export/to-jsonld.js';
import { useHttpApi } from '../helpers/http-api.js';
import { testQueries } from '../helpers/test-queries.js';
import { RELATION_BASES } from '../../src/domain/vocabulary.js';

const PROV = 'http://www.w3.org/ns/prov#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const SCHEMA = 'https://schema.org/';
const VOCAB = 'urn:plan-graph:vocab:';

interface GraphmlNode {
  '@_id': string;
  data: { '@_key': string; '#text'?: string }[];
}
interface GraphmlEdge extends GraphmlNode {
  '@_source': string;
  '@_target': string;
}
interface Graphml {
  graphml: {
    key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
    graph: { '@_edgedefault': string; node?: GraphmlNode[]; edge?: GraphmlEdge[] };
  };
}

/** Parses GraphML as any XML reader would, after checking it is well-formed. */
function parseGraphml(text: string): Graphml {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser's own validator, still shipped.
  expect(XMLValidator.validate(text)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  });
  return parser.parse(text) as Graphml;
}

/** An element's `<data>` values by key. */
function dataOf(element: GraphmlNode): Record<string, string> {
  return Object.fromEntries(element.data.map((d) => [d['@_key'], d['#text'] ?? '']));
}

/** A strict RFC 4180 reader: every row ends in CRLF, a bare CR or LF or a stray quote is an error. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c !== '"') field += c;
      else if (text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n' || c === '"')
      throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('the last row does not end in CRLF');
  return rows;
}

/** A body's text as sent: unlike Response.text(), keeps a byte order mark. */
async function exactText(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** A CSV file's bytes: a UTF-8 BOM, then valid UTF-8; its rows. */
function readCsvBytes(bytes: Uint8Array): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
}

describe('exports', () => {
  const api = useHttpApi();
  let base: string;
  let counts: { nodes: number; edges: number; indicators: number };
  beforeAll(async () => {
    base = api.url.replace(/\/graphql$/, '');
    const [row] = await api.db.read(testQueries.exportCounts, {});
    if (row === undefined) throw new Error('no counts');
    counts = row;
  });

  const get = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);
  const entityByName = async (name: string, nested: Direction | null = null) => {
    const [row] = await api.db.read(queries.entitiesByNames, {
      keys: [{ key: name, value: name, planId: null }],
      nested:
        nested === null
          ? null
          : { direction: nested, types: null, kinds: null, bases: null, includeParts: false },
    });
    if (row?.entity == null) throw new Error(`no entity ${name}`);
    return { entity: row.entity, related: row.nested ?? [] };
  };

  describe('GraphML', () => {
    it('holds every entity as a node and every curated relationship as an edge, as well-formed XML', async () => {
      api.db.reset();
      const response = await get('/export/graph.graphml');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.graphml"');
      expect(api.db.calls.toSorted()).toEqual([
        'export/export-entities',
        'export/export-indicators',
        'export/export-relations',
        'export/export-sections-by-ids',
      ]);
      const { graphml } = parseGraphml(await response.text());
      expect(graphml.key.map((k) => [k['@_for'], k['@_attr.name'], k['@_attr.type']])).toEqual([
        ['node', 'name', 'string'],
        ['node', 'label', 'string'],
        ['node', 'kind', 'string'],
        ['node', 'aliases', 'string'],
        ['node', 'plan', 'string'],
        ['edge', 'type', 'string'],
        ['edge', 'label', 'string'],
        ['edge', 'basis', 'string'],
        ['edge', 'evidence', 'string'],
        ['edge', 'sections', 'string'],
      ]);
      const { node: nodes = [], edge: edges = [] } = graphml.graph;
      expect(graphml.graph['@_edgedefault']).toBe('directed');
      expect([nodes.length, edges.length]).toEqual([counts.nodes, counts.edges]);
      const ids = new Set(nodes.map((n) => n['@_id']));
      expect(ids.size).toBe(nodes.length);
      expect(new Set(edges.map((e) => e['@_id'])).size).toBe(edges.length);
      expect(edges.every((e) => ids.has(e['@_source']) && ids.has(e['@_target']))).toBe(true);

      const { entity } = await entityByName('精密制造');
      const node = nodes.find((n) => n['@_id'] === entity.id);
      expect(node && dataOf(node)).toEqual({
        name: '精密制造',
        label: '精密制造',
        kind: 'INDUSTRY',
        aliases: entity.aliases.join(' | '),
        plan: 'zhuji-2021',
      });
      expect(entity.aliases).toContain('精密制造业');
      // Each relationship into 美丽珍珠, with its quotes and the path of each quote's section.
      const { related } = await entityByName('美丽珍珠', 'IN');
      for (const { relation } of related) {
        const sections = await api.db.read(queries.sectionsByIds, { ids: relation.sectionIds });
        const edge = edges.find((e) => e['@_id'] === `${relation.fromId}|${relation.type}|${relation.toId}`);
        expect(edge && dataOf(edge)).toEqual({
          type: relation.type,
          edge_label: relation.type,
          basis: relation.basis,
          evidence: relation.quotes.join(' | '),
          sections: sections.map((s) => s.section.path).join(' | '),
        });
      }
      expect(related.length).toBeGreaterThan(0);
    });

    it('exports the neighbourhood of 美丽珍珠: its neighbours, the platforms supporting it among them', async () => {
      api.db.reset();
      const response = await get(`/export/graph.graphml?entity=${encodeURIComponent('美丽珍珠')}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="graph.graphml"; filename*=UTF-8''%E7%BE%8E%E4%B8%BD%E7%8F%8D%E7%8F%A0-graph.graphml`,
      );
      expect(api.db.calls.toSorted()).toEqual([
        'export/export-indicators',
        'export/export-sections-by-ids',
        'read/neighborhood',
      ]);
      const { node: nodes = [], edge: edges = [] } = parseGraphml(await response.text()).graphml.graph;

      const pearl = await entityByName('美丽珍珠', 'IN');
      const outgoing = await entityByName('美丽珍珠', 'OUT');
      const neighbours = new Set([
        pearl.entity.id,
        ...[...pearl.related, ...outgoing.related].map((r) => r.other.id),
      ]);
      expect(new Set(nodes.map((n) => n['@_id']))).toEqual(neighbours);
      const supporters = pearl.related
        .filter((r) => r.relation.type === 'SUPPORTS' && r.other.kind === 'PLATFORM')
        .map((r) => r.other);
      expect(supporters.map((p) => p.name)).toEqual(
        expect.arrayContaining(['产业创新服务综合体', '特色产业工程师协同创新中心']),
      );
      for (const platform of supporters) {
        expect(edges.map((e) => [e['@_source'], dataOf(e)['type'], e['@_target']])).toContainEqual([
          platform.id,
          'SUPPORTS',
          pearl.entity.id,
        ]);
      }

      // Exactly the relationships of the whole graph whose two ends are both in the neighbourhood.
      const whole = parseGraphml(await (await get('/export/graph.graphml')).text()).graphml.graph.edge ?? [];
      const among = whole.filter((e) => neighbours.has(e['@_source']) && neighbours.has(e['@_target']));
      expect(edges).toEqual(among);

      const wider = parseGraphml(
        await (await get(`/export/graph.graphml?entity=${encodeURIComponent('美丽珍珠')}&depth=2`)).text(),
      ).graphml.graph;
      expect(wider.node?.length).toBeGreaterThan(nodes.length);
      expect(wider.node?.map((n) => n['@_id'])).toEqual(expect.arrayContaining([...neighbours]));
    });

    it('escapes markup and drops characters XML cannot hold', () => {
      expect(escapeXml(`a&b<c>"d'e\u0000\u0008\uFFFE\uD800f\r\n\tg`)).toBe(
        'a&amp;b&lt;c&gt;&quot;d&apos;ef&#13;&#10;&#9;g',
      );
      const hostile = `<script>&amp;"'\u0001\uD800]]>`;
      const text = toGraphml({
        nodes: [
          { id: `x"><y`, planId: 'p', kind: 'GOAL', name: hostile, aliases: ['a|b', '&'], englishName: null },
        ],
        edges: [{ type: 'LEADS', basis: 'STATED', fromId: `x"><y`, toId: `x"><y`, evidence: [] }],
        indicators: [],
      });
      const { node = [], edge = [] } = parseGraphml(text).graphml.graph;
      expect(node.map((n) => [n['@_id'], dataOf(n)['name'], dataOf(n)['aliases']])).toEqual([
        [`x"><y`, `<script>&amp;"']]>`, 'a|b | &'],
      ]);
      expect(edge.map((e) => [e['@_id'], e['@_source'], e['@_target']])).toEqual([
        [`x"><y|LEADS|x"><y`, `x"><y`, `x"><y`],
      ]);
    });
  });

  describe('CSV', () => {
    const csv = async (path: string) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      return { response, rows: readCsvBytes(new Uint8Array(await response.arrayBuffer())) };
    };

    it('writes nodes, edges and indicators with a BOM, CRLF rows, the stated headers and every row', async () => {
      const [nodes, edges, indicators] = await Promise.all([
        csv('/export/nodes.csv'),
        csv('/export/edges.csv'),
        csv('/export/indicators.csv'),
      ]);
      expect(nodes.rows[0]).toEqual(['id', 'name', 'kind', 'aliases', 'plan', 'englishName']);
      expect(edges.rows[0]).toEqual(['source', 'target', 'type', 'basis', 'evidence', 'sections']);
      for (const row of edges.rows.slice(1)) expect(RELATION_BASES).toContain(row[3]);
      expect(indicators.rows[0]).toEqual([
        'id',
        'name',
        'category',
        'unit',
        'baseline',
        'baselineYear',
        'target',
        'targetMax',
        'targetYear',
        'fromTable',
        'increment',
        'bound',
        'perYear',
        'targetLevel',
        'change',
        'requiredAnnualGrowthPercent',
        'measures',
        'evidence',
      ]);
      expect([nodes.rows.length, edges.rows.length, indicators.rows.length]).toEqual([
        counts.nodes + 1,
        counts.edges + 1,
        counts.indicators + 1,
      ]);
      expect(nodes.response.headers.get('content-disposition')).toBe('attachment; filename="nodes.csv"');

      const { entity } = await entityByName('美丽珍珠');
      expect(nodes.rows.filter((row) => row[0] === entity.id)).toEqual([
        [
          entity.id,
          '美丽珍珠',
          'INDUSTRY',
          entity.aliases.join(' | '),
          'zhuji-2021',
          entity.englishName ?? '',
        ],
      ]);

      // Every indicator as the API reads it, with its quotes.
      const all = await api.db.read(queries.indicatorsList, {
        planId: null,
        category: null,
        fromTable: null,
        increment: null,
        bounds: null,
      });
      const evidence = await api.db.read(queries.indicatorEvidenceByIds, {
        ids: all.map((row) => row.indicator.id),
      });
      const quotesOf = new Map(evidence.map((row) => [row.id, row.evidence.map((e) => e.quote).join(' | ')]));
      const measured = await api.db.read(queries.measuredByIndicatorIds, {
        ids: all.map((row) => row.indicator.id),
      });
      const measuresOf = new Map(
        measured.map((row) => [
          row.id,
          row.entities
            .map((e) => e.id)
            .sort()
            .join(' | '),
        ]),
      );
      const cell = (value: number | null | undefined) => (value == null ? '' : String(value));
      // The figures as the API gives them: the export agrees with GraphQL's Indicator fields.
      const answer = await api.post({
        query: '{ indicators { id bound perYear targetLevel change requiredAnnualGrowthPercent } }',
      });
      const figures = (answer.json() as { data: { indicators: IndicatorFigures[] } }).data.indicators;
      const figuresOf = new Map(figures.map((f) => [f.id, f]));
      expect(figures.filter((f) => f.requiredAnnualGrowthPercent !== null).length).toBeGreaterThan(5);
      expect(indicators.rows.slice(1)).toEqual(
        all.map(({ indicator: i }) => [
          i.id,
          i.name,
          i.category,
          i.unit,
          cell(i.baseline),
          cell(i.baselineYear),
          cell(i.target),
          cell(i.targetMax),
          cell(i.targetYear),
          String(i.fromTable),
          String(i.increment),
          figuresOf.get(i.id)?.bound,
          String(figuresOf.get(i.id)?.perYear),
          cell(figuresOf.get(i.id)?.targetLevel),
          cell(figuresOf.get(i.id)?.change),
          cell(figuresOf.get(i.id)?.requiredAnnualGrowthPercent),
          measuresOf.get(i.id) ?? '',
          quotesOf.get(i.id) ?? '',
        ]),
      );
    });

    it('quotes a field holding a comma, so it reads back whole', async () => {
      const text = await exactText(await get('/export/edges.csv'));
      const rows = parseCsv(text.slice(1));
      const { entity, related } = await entityByName('现代产业体系', 'IN');
      const partOf = related.find((r) => r.relation.quotes.some((q) => q.includes(',')));
      if (partOf === undefined) throw new Error('no relationship of 现代产业体系 has a quote with a comma');
      const evidence = partOf.relation.quotes.join(' | ');
      expect(text).toContain(`"${evidence}"`);
      expect(rows.filter((row) => row[0] === partOf.other.id && row[1] === entity.id)).toEqual([
        [
          partOf.other.id,
          entity.id,
          partOf.relation.type,
          partOf.relation.basis,
          evidence,
          expect.any(String) as string,
        ],
      ]);
    });

    it('round-trips commas, quotes and line breaks, and defuses formulas in text cells only', () => {
      const name = 'a,b "c"\r\nd\ne';
      const { nodes, indicators } = toCsv({
        nodes: [
          {
            id: 'n1',
            planId: 'p',
            kind: 'GOAL',
            name,
            aliases: ['=HYPERLINK("http://x")', '+1', '@SUM(A1)'],
            englishName: '=cmd',
          },
          { id: '-n2', planId: 'p', kind: 'GOAL', name: '\tx', aliases: [], englishName: null },
        ],
        edges: [],
        indicators: [
          {
            id: 'i',
            planId: 'p',
            name: '-1',
            category: 'c',
            unit: '%',
            baseline: -3.5,
            baselineYear: null,
            target: 0,
            targetMax: null,
            targetYear: 2025,
            fromTable: false,
            increment: false,
            comparator: 'AT_LEAST',
            perYear: false,
            measures: [],
            evidence: [],
          },
        ],
      });
      expect(readCsvBytes(Buffer.from(nodes, 'utf8'))).toEqual([
        ['id', 'name', 'kind', 'aliases', 'plan', 'englishName'],
        ['n1', name, 'GOAL', `'=HYPERLINK("http://x") | +1 | @SUM(A1)`, 'p', `'=cmd`],
        [`'-n2`, `'\tx`, 'GOAL', '', 'p', ''],
      ]);
      expect(nodes).toContain('"a,b ""c""\r\nd\ne"');
      expect(readCsvBytes(Buffer.from(indicators, 'utf8'))[1]).toEqual([
        'i',
        `'-1`,
        'c',
        '%',
        '-3.5',
        '',
        '0',
        '',
        '2025',
        'false',
        'false',
        'AT_LEAST',
        'false',
        // The level 0, a change of 3.5 points from -3.5; no compound growth from a negative baseline.
        '0',
        '3.5',
        '',
        '',
        '',
      ]);
    });
  });

  describe('JSON-LD', () => {
    it('expands with schema.org things and a fact per relationship, each with PROV provenance', async () => {
      const response = await get('/export/graph.jsonld');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      const parsed: unknown = JSON.parse(await response.text());
      expect(parsed).toMatchObject({
        '@context': { schema: SCHEMA, prov: PROV },
        '@graph': expect.any(Array) as unknown,
      });
      const document = parsed as JsonLdDocument;

      const expanded = (await jsonld.expand(document)) as Record<string, unknown>[];
      const typed = (type: string) => expanded.filter((n) => (n['@type'] as string[]).includes(type));
      const ids = (value: unknown) => (value as { '@id': string }[]).map((v) => v['@id']);
      const values = (value: unknown) => (value as { '@value': unknown }[]).map((v) => v['@value']);
      expect(typed(`${SCHEMA}Thing`)).toHaveLength(counts.nodes);
      expect(typed(`${RDF}Statement`)).toHaveLength(counts.edges);
      expect(typed(`${VOCAB}Indicator`)).toHaveLength(counts.indicators);
      for (const fact of [...typed(`${RDF}Statement`), ...typed(`${VOCAB}Indicator`)]) {
        expect(ids(fact[`${PROV}wasDerivedFrom`]).length).toBeGreaterThan(0);
        expect(values(fact[`${PROV}value`]).length).toBeGreaterThan(0);
      }

      const pearl = await entityByName('美丽珍珠', 'IN');
      const thing = expanded.find((n) => n['@id'] === `urn:plan-graph:${pearl.entity.id}`);
      expect(thing?.[`${SCHEMA}name`]).toEqual([{ '@value': '美丽珍珠' }]);
      const supports = pearl.related.find((r) => r.relation.type === 'SUPPORTS');
      if (supports === undefined) throw new Error('nothing supports 美丽珍珠');
      const sections = await api.db.read(queries.sectionsByIds, { ids: supports.relation.sectionIds });
      const fact = typed(`${RDF}Statement`).find(
        (n) =>
          ids(n[`${RDF}subject`])[0] === `urn:plan-graph:${supports.other.id}` &&
          ids(n[`${RDF}object`])[0] === `urn:plan-graph:${pearl.entity.id}`,
      );
      expect(fact && ids(fact[`${RDF}predicate`])).toEqual([`${VOCAB}SUPPORTS`]);
      expect(fact && values(fact[`${PROV}value`])).toEqual(supports.relation.quotes);
      expect(fact && ids(fact[`${PROV}wasDerivedFrom`])).toEqual([
        ...new Set(sections.map((s) => `urn:plan-graph:${s.section.id}`)),
      ]);
      const section = expanded.find((n) => n['@id'] === `urn:plan-graph:${sections[0]?.section.id ?? ''}`);
      expect(section?.[`${SCHEMA}identifier`]).toEqual([{ '@value': sections[0]?.section.path }]);

      const quads = (await jsonld.toRDF(document, { format: 'application/n-quads' })) as string;
      expect(quads).toContain(`<urn:plan-graph:${pearl.entity.id}> <${SCHEMA}name> "美丽珍珠" .`);
    });

    it('mints IRIs that need no escaping, from ids with spaces and markup', async () => {
      const snapshot: GraphSnapshot = {
        nodes: [
          { id: 'p:goal:a b<c>%/d', planId: 'p', kind: 'GOAL', name: 'x', aliases: [], englishName: null },
        ],
        edges: [],
        indicators: [],
      };
      const [node] = (await jsonld.expand(JSON.parse(toJsonld(snapshot)) as JsonLdDocument)) as {
        '@id': string;
      }[];
      expect(node?.['@id']).toBe('urn:plan-graph:p:goal:a%20b%3Cc%3E%25/d');
    });
  });

  describe('over HTTP', () => {
    const error = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });
    const pearl = encodeURIComponent('美丽珍珠');

    it('answers 400 BAD_USER_INPUT for a bad depth, an unknown file, a blank or repeated parameter', async () => {
      for (const [path, message] of [
        [`/export/graph.graphml?entity=${pearl}&depth=3`, 'depth must be 1 or 2.'],
        ['/export/nodes.csv?depth=one', 'depth must be 1 or 2.'],
        ['/export/entity.csv?depth=1', 'no such export'],
        ['/export/', 'no such export'],
        ['/export/nodes.csv?entity=%20', 'entity must not be empty.'],
        [`/export/nodes.csv?entity=${pearl}&entity=x`, 'entity is given more than once.'],
      ] as const) {
        const response = await get(path);
        const expected =
          message === 'no such export'
            ? error(
                `There is no export named "${decodeURIComponent(path.slice(8).split('?')[0] ?? '')}"; ask for one ` +
                  'of graph.graphml, nodes.csv, edges.csv, indicators.csv, graph.jsonld.',
                'BAD_USER_INPUT',
              )
            : error(message, 'BAD_USER_INPUT');
        expect([path, response.status, await response.json()]).toEqual([path, 400, expected]);
      }
    });

    it('answers 404 NOT_FOUND for an unknown entity or plan', async () => {
      const unknown = await get(`/export/nodes.csv?entity=${encodeURIComponent('不存在的实体')}`);
      expect([unknown.status, await unknown.json()]).toEqual([
        404,
        error('No entity is named "不存在的实体".', 'NOT_FOUND'),
      ]);
      const plan = await get(`/export/graph.jsonld?plan=no-such-plan&entity=${pearl}`);
      expect([plan.status, await plan.json()]).toEqual([
        404,
        error('No plan has the id "no-such-plan".', 'NOT_FOUND'),
      ]);
    });

    it('finds an entity by alias, answers HEAD with the same headers, and refuses POST', async () => {
      const canonical = await (
        await get(`/export/edges.csv?entity=${encodeURIComponent('精密制造')}`)
      ).text();
      const alias = await get(`/export/edges.csv?entity=${encodeURIComponent('精密制造业')}`);
      expect(await alias.text()).toBe(canonical);
      expect(alias.headers.get('content-disposition')).toBe(
        `attachment; filename="edges.csv"; filename*=UTF-8''${encodeURIComponent('精密制造业')}-edges.csv`,
      );

      const got = await get('/export/indicators.csv?plan=zhuji-2021');
      const body = new Uint8Array(await got.arrayBuffer());
      const head = await get('/export/indicators.csv?plan=zhuji-2021', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      for (const name of ['content-type', 'content-disposition', 'content-length']) {
        expect(head.headers.get(name)).toBe(got.headers.get(name));
      }
      expect(head.headers.get('content-length')).toBe(String(body.length));
      expect(head.headers.get('content-disposition')).toBe(
        'attachment; filename="zhuji-2021-indicators.csv"',
      );

      const post = await get('/export/nodes.csv', { method: 'POST' });
      expect(post.status).toBe(405);
    });
  });

  describe('as a module', () => {
    it('writes the files each format names, the same as HTTP serves, when called concurrently', async () => {
      const options: ExportOptions[] = [
        { format: 'graphml' },
        { format: 'csv' },
        { format: 'jsonld', entity: '美丽珍珠', depth: 2 },
        { format: 'csv', entity: '高技能人才', plan: 'zhuji-2021' },
      ];
      const exports = await Promise.all(options.map((o) => exportGraph(api.db, o)));
      expect(exports.map((files) => files.map((f) => [f.name, f.contentType]))).toEqual([
        [['graph.graphml', 'application/graphml+xml; charset=utf-8']],
        [
          ['nodes.csv', 'text/csv; charset=utf-8; header=present'],
          ['edges.csv', 'text/csv; charset=utf-8; header=present'],
          ['indicators.csv', 'text/csv; charset=utf-8; header=present'],
        ],
        [['graph.jsonld', 'application/ld+json; charset=utf-8']],
        [
          ['nodes.csv', 'text/csv; charset=utf-8; header=present'],
          ['edges.csv', 'text/csv; charset=utf-8; header=present'],
          ['indicators.csv', 'text/csv; charset=utf-8; header=present'],
        ],
      ]);
      const served = await Promise.all(
        [
          '/export/graph.graphml',
          '/export/edges.csv',
          `/export/graph.jsonld?entity=${encodeURIComponent('美丽珍珠')}&depth=2`,
          `/export/indicators.csv?entity=${encodeURIComponent('高技能人才')}&plan=zhuji-2021`,
        ].map(async (path) => exactText(await get(path))),
      );
      expect(served).toEqual([
        exports[0]?.[0]?.body,
        exports[1]?.[1]?.body,
        exports[2]?.[0]?.body,
        exports[3]?.[2]?.body,
      ]);
      // The neighbourhood's indicators are those measuring one of its entities (the table row for 高技能人才 too).
      const nodeIds = parseCsv(exports[3]?.[0]?.body.slice(1) ?? '')
        .slice(1)
        .map((row) => row[0] ?? '');
      expect(nodeIds.length).toBeGreaterThan(1);
      const measured = await api.db.read(queries.indicatorsByEntityIds, { ids: nodeIds });
      const expected = new Set(measured.flatMap((row) => row.indicators.map((i) => i.id)));
      expect(expected).toContain('zhuji-2021:indicator:high-skilled-talent');
      const rows = parseCsv(exports[3]?.[2]?.body.slice(1) ?? '').slice(1);
      expect(new Set(rows.map((row) => row[0]))).toEqual(expected);
    });

    it('rejects with ExportError codes', async () => {
      const failure = async (options: ExportOptions) => {
        const error = await exportGraph(api.db, options).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ExportError);
        return [(error as ExportError).code, (error as ExportError).message];
      };
      expect(await failure({ format: 'csv', entity: '不存在的实体' })).toEqual([
        'NOT_FOUND',
        'No entity is named "不存在的实体".',
      ]);
      expect(await failure({ format: 'csv', entity: '美丽珍珠', plan: 'zhuji-1999' })).toEqual([
        'NOT_FOUND',
        'No plan has the id "zhuji-1999".',
      ]);
      expect(await failure({ format: 'pdf' } as unknown as ExportOptions)).toEqual([
        'BAD_USER_INPUT',
        'format must be one of graphml, csv, jsonld.',
      ]);
      expect(
        await failure({ format: 'csv', entity: '美丽珍珠', depth: 3 } as unknown as ExportOptions),
      ).toEqual(['BAD_USER_INPUT', 'depth must be 1 or 2.']);
      expect(await failure({ format: 'csv', entity: 'x'.repeat(201) })).toEqual([
        'BAD_USER_INPUT',
        'entity is longer than 200 characters.',
      ]);
    });
  });
});

describe('exports past the deadline', () => {
  const api = useHttpApi({ deadlineMs: 0 });

  it('answer 504 DEADLINE_EXCEEDED, as GraphQL requests do', async () => {
    const response = await fetch(api.url.replace(/\/graphql$/, '/export/nodes.csv'));
    expect([response.status, await response.json()]).toEqual([
      504,
      {
        errors: [
          {
            message: 'The database did not answer within the request deadline; try again shortly.',
            extensions: { code: 'DEADLINE_EXCEEDED' },
          },
        ],
      },
    ]);
  });
});

/** The figures GraphQL gives an indicator, which the export's indicator rows carry too. */
interface IndicatorFigures {
  readonly id: string;
  readonly bound: string;
  readonly perYear: boolean;
  readonly targetLevel: number | null;
  readonly change: number | null;
  readonly requiredAnnualGrowthPercent: number | null;
}
