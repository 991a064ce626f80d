import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { EntityModel } from '../../domain/models.js';
import { Params, readPlan, type EntitySelection, type ListFilters, type ReadPlan } from './read-plan.js';
import { entitySelection, lookupSelections, nodesAt, NotCompiled } from './selection.js';
import { ENTITY_LABELS } from '../../domain/vocabulary.js';
import type { EntityKind } from '../../__generated__/schema-types.js';
import { compiledStatement, FIELDS_KEY } from './statement.js';

/**
 * Compiled reads: a root field's whole selection (its entities, their relationship fields and counts, to any
 * depth) read by one statement built for exactly that selection. The results of the nested fields hang on each
 * model, and the nested resolvers take them from there (`compiledValue`); what the compiler does not take stays
 * on the DataLoader path. README.md says which selections compile.
 */

/**
 * Each row keeps its compiled fields as the statement returned them (a list under FIELDS_KEY, in the order of
 * its selection's fields) and, under this symbol, the selection that says which is which: nothing is copied
 * or converted until a resolver asks for a field, and then only that field's rows. Rows are per request and
 * die with it.
 */
const SELECTION = Symbol('compiled selection');

type Row = Record<string, unknown> & { [SELECTION]?: EntitySelection };

/**
 * The value a compiled statement fetched for this field of `parent`, or undefined when the field was not
 * compiled (the resolver then takes the loader path).
 */
export function compiledValue(parent: object, info: GraphQLResolveInfo): unknown {
  const row = parent as Row;
  const fields = row[SELECTION]?.fields;
  if (fields === undefined) return undefined;
  const key = String(info.path.key);
  const index = fields.findIndex((f) => f.key === key && f.field === info.fieldName);
  const field = fields[index];
  if (field === undefined) return undefined;
  const value = (row[FIELDS_KEY] as unknown[])[index];
  return field.kind === 'related' ? (value as Row[]).map((item) => toModel(item, field.selection)) : value;
}

/** A projected entity as the resolvers read it, its compiled fields found through its selection. */
function toModel(row: Row, selection: EntitySelection): EntityModel {
  if (selection.fields.length > 0) row[SELECTION] = selection;
  return row as unknown as EntityModel;
}

/** The read plan, or null when the context reads through loaders only or the selection does not compile. */
function planOrNull(ctx: Context, build: () => ReadPlan): ReadPlan | null {
  if (!ctx.compiledReads) return null;
  try {
    return build();
  } catch (error) {
    if (error instanceof NotCompiled) return null;
    throw error;
  }
}

async function run(ctx: Context, plan: ReadPlan): Promise<EntityModel[]> {
  const rows = await ctx.db.read(compiledStatement(plan), plan.params);
  const { shape } = plan;
  // A lookup of one kind finds a name of another kind too: it goes back as read, for the caller's NOT_FOUND.
  const selectionOf = (kind: unknown) =>
    shape.root === 'list'
      ? shape.selection
      : (shape.selections.find((s) => s.label === ENTITY_LABELS[kind as EntityKind]) ?? shape.selections[0]);
  return rows.flatMap(({ entity }) => {
    const selection = entity === null ? undefined : selectionOf(entity['kind']);
    return entity === null || selection === undefined ? [] : [toModel(entity, selection)];
  });
}

/**
 * A lookup by a (checked, normalised) name, compiled: the entity any kind and its selection, or null when no
 * entity has the name. Undefined when the selection does not compile.
 */
export function compiledLookup(
  ctx: Context,
  info: GraphQLResolveInfo,
  value: string,
  planId: string | null,
): Promise<EntityModel | null> | undefined {
  const plan = planOrNull(ctx, () => {
    const params = new Params();
    const valueParam = params.add(value);
    const planParam = planId === null ? null : params.add(planId);
    const selections = lookupSelections(info, params);
    return readPlan({ root: 'lookup', value: valueParam, plan: planParam, selections }, params);
  });
  if (plan === null) return undefined;
  return run(ctx, plan).then((models) => models[0] ?? null);
}

/** A root list's filters as a statement takes them: each value a parameter, absent when not given. */
export type FiltersOf = (params: Params) => Omit<ListFilters, 'after'>;

/**
 * The page fetcher of a root list: `edges { node }` compiled with the page when the selection compiles, else
 * `fallback` (the list's fixed statement, its nodes' fields on the loader path). Rows in id order after
 * `after`, at most `limit`.
 */
export function pageFetch(
  ctx: Context,
  info: GraphQLResolveInfo,
  filtersOf: FiltersOf,
  fallback: (after: string | null, limit: number) => Promise<EntityModel[]>,
): (after: string | null, limit: number) => Promise<EntityModel[]> {
  return (after, limit) => {
    const plan = planOrNull(ctx, () => listPlan(info, filtersOf, after, limit));
    return plan === null ? fallback(after, limit) : run(ctx, plan);
  };
}

function listPlan(
  info: GraphQLResolveInfo,
  filtersOf: FiltersOf,
  after: string | null,
  limit: number,
): ReadPlan {
  const params = new Params();
  const limitParam = params.add(limit);
  const afterParam = after === null ? null : params.add(after);
  const filters = { ...filtersOf(params), after: afterParam };
  const { type, nodes } = nodesAt(info, ['edges', 'node']);
  const selection = entitySelection(info, type, nodes, params);
  return readPlan({ root: 'list', filters, limit: limitParam, selection }, params);
}
