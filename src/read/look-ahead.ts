import {
  getNamedType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { RelatedSpec } from '../loaders/related.js';
import { askedSpec, RELATED_FIELDS } from './related-fields.js';
import type { RelationBasis } from '../__generated__/schema-types.js';

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
      if (found !== undefined)
        return askedSpec(found, {
          basis: basisArgument(selection, info),
          includeParts: includePartsArgument(selection, info),
        });
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

/** The value of a child field's argument (validated already), or undefined when it is not given. */
function argumentValue(field: FieldNode, name: string, info: GraphQLResolveInfo): unknown {
  const node = field.arguments?.find((a) => a.name.value === name)?.value;
  const value = (v: ValueNode): unknown =>
    v.kind === Kind.VARIABLE
      ? info.variableValues[v.name.value]
      : v.kind === Kind.LIST
        ? v.values.map(value)
        : v.kind === Kind.ENUM
          ? v.value
          : v.kind === Kind.BOOLEAN
            ? v.value
            : null;
  return node === undefined ? undefined : value(node);
}

/** The child field's `basis` argument: enum values, or variables holding them. */
function basisArgument(field: FieldNode, info: GraphQLResolveInfo): RelationBasis[] | null {
  const found = argumentValue(field, 'basis', info);
  if (found === null || found === undefined) return null;
  return [found].flat().filter((b): b is RelationBasis => typeof b === 'string');
}

/** The child field's `includeParts` argument; only an explicit false turns the default off. */
function includePartsArgument(field: FieldNode, info: GraphQLResolveInfo): boolean | null {
  const found = argumentValue(field, 'includeParts', info);
  return typeof found === 'boolean' ? found : null;
}
