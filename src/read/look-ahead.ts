import {
  getNamedType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { RelatedSpec } from '../loaders/related.js';
import { RELATED_FIELDS, withBases } from './related-fields.js';
import type { RelationBasis } from '../__generated__/resolvers-types.js';

/**
 * The first related-entities field the client selected under this field's result, if any: fetched together with
 * this field, it saves the next level a statement (industries → platforms → programs takes two, not three).
 */
export function nestedSpec(info: GraphQLResolveInfo): RelatedSpec | null {
  const childType = getNamedType(info.returnType).name;
  const fields = RELATED_FIELDS[childType];
  if (fields === undefined) return null;
  for (const node of info.fieldNodes) {
    const found = firstRelatedField(node.selectionSet, fields, info, childType);
    if (found !== null) return found;
  }
  return null;
}

function firstRelatedField(
  set: SelectionSetNode | undefined,
  fields: Readonly<Record<string, RelatedSpec>>,
  info: GraphQLResolveInfo,
  typeName: string,
): RelatedSpec | null {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const found = fields[selection.name.value];
      if (found !== undefined) return withBases(found, basisArgument(selection, info));
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      const condition = fragment?.typeCondition?.name.value;
      if (fragment !== undefined && (condition === undefined || condition === typeName)) {
        const found = firstRelatedField(fragment.selectionSet, fields, info, typeName);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

/** The child field's `basis` argument (validated already: enum values, or variables holding them). */
function basisArgument(field: FieldNode, info: GraphQLResolveInfo): RelationBasis[] | null {
  const node = field.arguments?.find((a) => a.name.value === 'basis')?.value;
  const value = (v: ValueNode): unknown =>
    v.kind === Kind.VARIABLE
      ? info.variableValues[v.name.value]
      : v.kind === Kind.LIST
        ? v.values.map(value)
        : v.kind === Kind.ENUM
          ? v.value
          : null;
  const found = node === undefined ? null : value(node);
  if (found === null || found === undefined) return null;
  return [found].flat().filter((b): b is RelationBasis => typeof b === 'string');
}
