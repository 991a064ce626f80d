import Cypher from '@neo4j/cypher-builder';
import { LRUCache } from 'lru-cache';
import type { Query } from '../../db/cypher-file.js';
import { ENTITY_LABELS } from '../../domain/vocabulary.js';
import type {
  CompiledField,
  EntitySelection,
  LinkSpec,
  ListFilters,
  ReadPlan,
  RootShape,
} from './read-plan.js';

/** The properties the resolvers left on the loader path read: a model carries them when one is selected. */
const CORE_PROPERTIES = ['id', 'planId', 'kind', 'name'];

/**
 * What a root's own code reads of its entities beyond the selection: a list's cursors are ids; a lookup's
 * kind check and its NOT_FOUND read the kind and name.
 */
const ROOT_PROPERTIES = { list: ['id'], lookup: ['id', 'kind', 'name'] } as const;

/**
 * The map key under which a projected entity carries its relationship fields and counts, as a list in the order
 * of `EntitySelection.fields`. No stored property has this name.
 */
export const FIELDS_KEY = '_fields';

/** One compiled statement: its rows are `{ entity }`, each an entity map as `projection` builds it. */
export type CompiledQuery = Query<Record<string, unknown>, { entity: Record<string, unknown> | null }>;

const parts = () => Cypher.labelExpr.or('IN_CATEGORY', 'PART_OF');
const param = (name: string) => new Cypher.NamedParam(name);

function typeExpression(types: readonly string[]) {
  const [first, ...rest] = types;
  if (first === undefined) throw new Error('a compiled link names no type');
  return rest.length === 0 ? first : Cypher.labelExpr.or(first, ...rest);
}

const direction = (link: LinkSpec) =>
  link.direction === 'OUT' ? 'right' : link.direction === 'IN' ? 'left' : 'undirected';

/**
 * The matching part of a link: `(e)-[r:T]->(o:L)`, or with its parts `(e)<-[:IN_CATEGORY|PART_OF*0..]-(part)`
 * first, each part once, a part's link to the entity itself left out (it is the entity's own link, seen from the
 * other end).
 */
function linkMatch(e: Cypher.Node, link: LinkSpec, r: Cypher.Relationship, o: Cypher.Node) {
  const other = { labels: [link.otherLabel ?? 'Entity'] };
  const rel = { type: typeExpression(link.types), direction: direction(link) } as const;
  const basis = link.bases === null ? undefined : Cypher.in(r.property('basis'), param(link.bases));
  if (!link.includeParts) {
    const match = new Cypher.Match(new Cypher.Pattern(e).related(r, rel).to(o, other));
    return basis === undefined ? match : match.where(basis);
  }
  const part = new Cypher.Node();
  return new Cypher.Match(
    new Cypher.Pattern(e)
      .related({ type: parts(), direction: 'left', length: { min: 0 } })
      .to(part, { labels: ['Entity'] }),
  )
    .with(e, part)
    .distinct()
    .match(new Cypher.Pattern(part).related(r, rel).to(o, other))
    .where(Cypher.and(Cypher.or(Cypher.eq(part, e), Cypher.neq(o, e)), basis));
}

function fieldExpression(e: Cypher.Node, field: CompiledField): Cypher.Expr {
  const r = new Cypher.Relationship();
  const o = new Cypher.Node();
  if (field.kind === 'related') {
    // Each related entity once, by name then id: the order the loader path gives.
    return new Cypher.Collect(
      linkMatch(e, field.link, r, o)
        .with(o)
        .distinct()
        .orderBy([o.property('name'), 'ASC'], [o.property('id'), 'ASC'])
        .return(projection(o, field.selection)),
    );
  }
  const { link } = field;
  // A directed pattern matches each relationship once; BOTH and parts need each relationship counted once.
  if (!link.includeParts && link.direction !== 'BOTH') {
    const pattern = new Cypher.Pattern(e)
      .related(r, { type: typeExpression(link.types), direction: direction(link) })
      .to(o, { labels: [link.otherLabel ?? 'Entity'] });
    return new Cypher.Count(
      link.bases === null ? pattern : pattern.where(Cypher.in(r.property('basis'), param(link.bases))),
    );
  }
  return new Cypher.Count(linkMatch(e, link, r, o).return(r).distinct());
}

/**
 * The entity's selected properties (with the core ones when a resolver reads them, and those its root reads),
 * and its relationship fields and counts as one list under FIELDS_KEY.
 */
function projection(
  e: Cypher.Node,
  selection: EntitySelection,
  root: readonly string[] = [],
): Cypher.MapProjection {
  const properties = [
    ...new Set<string>([...(selection.core ? CORE_PROPERTIES : []), ...root, ...selection.properties]),
  ];
  const fields: Record<string, Cypher.Expr> =
    selection.fields.length === 0
      ? {}
      : { [FIELDS_KEY]: new Cypher.List(selection.fields.map((f) => fieldExpression(e, f))) };
  return new Cypher.MapProjection(e, properties, fields);
}

function listPredicates(e: Cypher.Node, filters: ListFilters): Cypher.Predicate | undefined {
  const id = e.property('id');
  const predicates: (Cypher.Predicate | undefined)[] = [
    // An index-ordered seek from the cursor; without one, a scan of the id index, already in order.
    filters.after === null ? Cypher.isNotNull(id) : Cypher.gt(id, param(filters.after)),
    filters.plan === null ? undefined : Cypher.eq(e.property('planId'), param(filters.plan)),
    ...filters.equals.map((f) => Cypher.eq(e.property(f.property), param(f.param))),
    ...filters.holds.map((f) => Cypher.in(param(f.param), e.property(f.property))),
    ...filters.linkedTo.map((f) => {
      const target = new Cypher.Node();
      return new Cypher.Exists(
        new Cypher.Pattern(e)
          .related({ type: typeExpression(f.types), direction: f.direction === 'OUT' ? 'right' : 'left' })
          .to({ labels: ['Entity'] })
          .related({ type: parts(), direction: 'right', length: { min: 0 } })
          .to(target, { labels: ['Entity'], properties: { id: param(f.param) } }),
      );
    }),
    filters.supported === null
      ? undefined
      : Cypher.eq(
          new Cypher.Exists(
            new Cypher.Pattern(e)
              .related({ type: parts(), direction: 'left', length: { min: 0 } })
              .to({ labels: ['Entity'] })
              .related({ type: 'SUPPORTS', direction: 'left' })
              .to({ labels: ['Platform'] }),
          ),
          param(filters.supported),
        ),
    filters.category === null
      ? undefined
      : new Cypher.Exists(
          new Cypher.Pattern(e)
            .related({ type: 'IN_CATEGORY', direction: 'right' })
            .to({ labels: ['IndustryCategory'] })
            .related({ type: 'PART_OF', direction: 'right', length: { min: 0 } })
            .to({ labels: ['IndustryCategory'], properties: { id: param(filters.category) } }),
        ),
  ];
  return Cypher.and(...predicates);
}

/**
 * A lookup's entity as its kind asks: one projection when every kind it may have selects alike (always, for a
 * lookup of one kind), else a CASE on the kind, kinds selecting alike sharing a branch.
 */
function lookupProjection(e: Cypher.Node, selections: readonly EntitySelection[]): Cypher.Expr {
  const groups = new Map<string, { selection: EntitySelection; kinds: string[] }>();
  for (const selection of selections) {
    const key = JSON.stringify({ ...selection, label: undefined });
    const group = groups.get(key) ?? { selection, kinds: [] };
    group.kinds.push(KIND_OF_LABEL.get(selection.label) ?? selection.label);
    groups.set(key, group);
  }
  const [only, ...others] = [...groups.values()];
  if (only === undefined) throw new Error('a lookup with no selection');
  if (others.length === 0) return projection(e, only.selection, ROOT_PROPERTIES.lookup);
  const choice = new Cypher.Case();
  for (const { selection, kinds } of [only, ...others]) {
    choice
      .when(Cypher.in(e.property('kind'), new Cypher.Literal(kinds)))
      .then(projection(e, selection, ROOT_PROPERTIES.lookup));
  }
  return choice;
}

const KIND_OF_LABEL = new Map<string, string>(
  Object.entries(ENTITY_LABELS).map(([kind, label]) => [label, kind]),
);

function rootClause(shape: RootShape): Cypher.Clause {
  const e = new Cypher.Node();
  if (shape.root === 'list') {
    return new Cypher.Match(new Cypher.Pattern(e, { labels: [shape.selection.label] }))
      .where(listPredicates(e, shape.filters) ?? Cypher.true)
      .with(e)
      .orderBy([e.property('id'), 'ASC'])
      .limit(Cypher.toInteger(param(shape.limit)))
      .return([projection(e, shape.selection, ROOT_PROPERTIES.list), 'entity']);
  }
  // By any spelling (Name.value is NFKC-normalised); without a plan the newest plan's entity wins.
  const plan = new Cypher.Node();
  const match = new Cypher.Match(
    new Cypher.Pattern({ labels: ['Name'], properties: { value: param(shape.value) } })
      .related({ type: 'NAMES', direction: 'right' })
      .to(e, { labels: ['Entity'] }),
  );
  return (
    (shape.plan === null ? match : match.where(Cypher.eq(e.property('planId'), param(shape.plan))))
      .match(new Cypher.Pattern(plan, { labels: ['Plan'], properties: { id: e.property('planId') } }))
      .with(e, plan)
      // The newest plan, as cypher/import/plan-upsert.cypher defines it.
      .orderBy([plan.property('recency'), 'DESC'])
      .limit(1)
      .return([lookupProjection(e, shape.selections), 'entity'])
  );
}

const STATEMENTS = new LRUCache<string, CompiledQuery>({ max: 1000 });

/**
 * The statement for a read plan, compiled once per shape: a repeated operation (any variables) costs a map
 * lookup. A lookup matches any Entity (a name may name any kind; the caller checks the kind).
 */
export function compiledStatement(plan: ReadPlan): CompiledQuery {
  const found = STATEMENTS.get(plan.shapeKey);
  if (found !== undefined) return found;
  const { cypher } = rootClause(plan.shape).build();
  const query: CompiledQuery = { name: `compiled/${plan.shape.root}`, text: cypher };
  STATEMENTS.set(plan.shapeKey, query);
  return query;
}
