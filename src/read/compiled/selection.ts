import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { ENTITY_LABELS, RELATION_TYPES, unknownTypes } from '../../domain/vocabulary.js';
import type { EntityKind, RelationBasis, RelationDirection } from '../../__generated__/schema-types.js';
import { askedSpec, basesOf, RELATED_FIELDS } from '../related-fields.js';
import type { CompiledField, EntitySelection, Params } from './read-plan.js';

/**
 * The fields that are stored properties of an entity node under the same name: a compiled statement projects
 * them when selected.
 */
const STORED_PROPERTIES = new Set([
  // Every entity (absent in graphs imported before it: the field's resolver reads that as curated)
  'curation',
  // Plan
  'title',
  'issuer',
  'documentNumber',
  'issuedOn',
  'periodStart',
  'periodEnd',
  'region',
  'sourceSha256',
  'id',
  'name',
  'aliases',
  'englishName',
  'kind',
  'note',
  'key',
  'system',
  'type',
  'level',
  'collective',
  'status',
  'roles',
  'unlinkedReason',
]);

/**
 * The fields whose resolvers read only the core properties every compiled model carries (id, planId, kind,
 * name), through their own loaders: they stay with their resolvers beside a compiled statement. A field in none
 * of these lists (Plan.plan, which returns the model itself) keeps the whole root field on the loader path.
 */
const RESOLVED_BY_ID = new Set([
  'evidence',
  'mentions',
  'relations',
  'plan',
  'notLinked',
  'unlinked',
  'indicators',
  'observations',
  'counterparts',
  'category',
  'text',
  'sections',
]);

/** The selection holds what the compiler does not take; the root field then runs on the loader path. */
export class NotCompiled extends Error {}

type FieldsByKey = Map<string, FieldNode[]>;

/** The fields a selection asks of an object of `type`, by response key: fragments applied, @skip/@include obeyed. */
export function collectFields(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
  into: FieldsByKey = new Map(),
): FieldsByKey {
  const applies = (condition: string | undefined): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const named = info.schema.getType(condition);
    return named !== undefined && isAbstractType(named) && info.schema.isSubType(named, type);
  };
  for (const set of sets) {
    for (const selection of set?.selections ?? []) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        if (fragment !== undefined && applies(fragment.typeCondition?.name.value)) {
          collectFields(info, type, [fragment.selectionSet], into);
        }
      }
    }
  }
  return into;
}

/** The names of the fields selected under this field's result (an object type), as `collectFields` finds them. */
export function selectedFieldNames(info: GraphQLResolveInfo): ReadonlySet<string> {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) throw new Error(`selectedFieldNames: ${type.name} is not an object type`);
  const fields = collectFields(
    info,
    type,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  return new Set([...fields.values()].flatMap((nodes) => nodes.map((node) => node.name.value)));
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
}

/**
 * A field's arguments, the same at every node merged under its response key. Nodes merged from different
 * parents (two aliases of `edges`) may ask one key with different arguments; one model cannot hold both.
 */
function argumentsOf(type: GraphQLObjectType, nodes: readonly FieldNode[], info: GraphQLResolveInfo) {
  const [first] = nodes;
  const definition = first === undefined ? undefined : type.getFields()[first.name.value];
  if (first === undefined || definition === undefined) throw new NotCompiled('unknown field');
  const args = getArgumentValues(definition, first, info.variableValues);
  const key = JSON.stringify(args);
  for (const node of nodes.slice(1)) {
    if (JSON.stringify(getArgumentValues(definition, node, info.variableValues)) !== key) {
      throw new NotCompiled(`${first.name.value} asked with different arguments under one key`);
    }
  }
  return { definition, args };
}

/** What the selection asks of entities of `type` (a concrete entity type), read under the given field nodes. */
export function entitySelection(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  params: Params,
): EntitySelection {
  const properties: string[] = [];
  const fields: CompiledField[] = [];
  let byResolver = false;
  const related = RELATED_FIELDS[type.name] ?? {};
  for (const [key, fieldNodes] of collectFields(
    info,
    type,
    nodes.map((n) => n.selectionSet),
  )) {
    const name = fieldNodes[0]?.name.value ?? '';
    if (name === '__typename') continue;
    if (STORED_PROPERTIES.has(name)) {
      properties.push(name);
      continue;
    }
    const spec = related[name];
    if (spec !== undefined) {
      const { definition, args } = argumentsOf(type, fieldNodes, info);
      const otherType = getNamedType(definition.type);
      // An interface (Institution.partners) needs each row's kind to pick fields; Policy.plans wants whole
      // Plan nodes. Both stay with their resolvers.
      if (!isObjectType(otherType) || otherType.name === 'Plan') {
        byResolver = true;
        continue;
      }
      const asked = askedSpec(spec, args);
      fields.push({
        kind: 'related',
        key,
        field: name,
        link: {
          direction: asked.direction,
          types: asked.types ?? RELATION_TYPES,
          otherLabel: otherType.name,
          bases: asked.bases === null ? null : params.add(asked.bases),
          includeParts: asked.includeParts === true,
        },
        selection: entitySelection(info, otherType, fieldNodes, params),
      });
      continue;
    }
    if (name === 'relationCount') {
      const { args } = argumentsOf(type, fieldNodes, info);
      fields.push({ kind: 'count', key, field: name, link: countLink(args, params) });
      continue;
    }
    if (!RESOLVED_BY_ID.has(name) || (type.name === 'Plan' && name === 'plan'))
      throw new NotCompiled(`${type.name}.${name} needs more than the core properties`);
    byResolver = true;
  }
  return { label: type.name, properties, fields, core: byResolver };
}

/**
 * `relationCount`'s arguments as a link. Arguments the resolver must refuse (an unknown type) or that name no
 * type at all do not compile: the loader path answers them, with its error.
 */
function countLink(args: Record<string, unknown>, params: Params) {
  const types = args['types'] as string[] | null | undefined;
  const kinds = args['kinds'] as EntityKind[] | null | undefined;
  if (types !== null && types !== undefined) {
    if (types.length === 0) throw new NotCompiled('no relation type asked');
    if (unknownTypes(types).length > 0) throw new NotCompiled('unknown relation type');
  }
  const distinctKinds = [...new Set(kinds ?? [])];
  if (distinctKinds.length > 1) throw new NotCompiled('several kinds');
  const [kind] = distinctKinds;
  const bases = basesOf(args['basis'] as RelationBasis[] | null | undefined);
  const direction = (args['direction'] as RelationDirection | null | undefined) ?? 'BOTH';
  return {
    direction,
    types: types === null || types === undefined ? RELATION_TYPES : [...new Set(types)],
    otherLabel: kind === undefined ? null : ENTITY_LABELS[kind],
    bases: bases === null ? null : params.add(bases),
    includeParts: args['includeParts'] !== false,
  };
}

/**
 * What a lookup's selection asks of each type it may return: its own type, or every type implementing the
 * interface it returns (`entity`), each read with the fragments that apply to it.
 */
export function lookupSelections(info: GraphQLResolveInfo, params: Params): EntitySelection[] {
  const type = getNamedType(info.returnType);
  const types = isAbstractType(type) ? info.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  if (types.length === 0) throw new NotCompiled(`${type.name} is not an entity type`);
  return types.map((t) => entitySelection(info, t, info.fieldNodes, params));
}

/** The object type a root field's selection is read on, through `path` (e.g. edges → node) from its return type. */
export function nodesAt(
  info: GraphQLResolveInfo,
  path: readonly string[],
): { type: GraphQLObjectType; nodes: FieldNode[] } {
  let type = getNamedType(info.returnType);
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const step of path) {
    if (!isObjectType(type)) throw new NotCompiled(`no ${step} on ${type.name}`);
    const parent = type;
    const next: FieldNode[] = [];
    for (const [, fieldNodes] of collectFields(
      info,
      parent,
      nodes.map((n) => n.selectionSet),
    )) {
      if (fieldNodes[0]?.name.value === step) next.push(...fieldNodes);
    }
    const definition = parent.getFields()[step];
    if (definition === undefined) throw new NotCompiled(`no ${step} on ${parent.name}`);
    type = getNamedType(definition.type);
    nodes = next;
  }
  if (!isObjectType(type)) throw new NotCompiled(`${type.name} is not an object type`);
  return { type, nodes };
}
