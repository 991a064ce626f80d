import { getNamedType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { RelatedSpec } from '../loaders/related.js';
import { RELATED_FIELDS } from './related-fields.js';

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
      if (found !== undefined) return found;
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
