import type { Context } from '../../read/context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { nestedSpec } from '../../read/look-ahead.js';
import { askedSpec, relatedFieldSpec } from '../../read/related-fields.js';
import { relatedEntities, relationCount, relationsOf, unlinkedFrom } from '../../read/related.js';
import type {
  EntityRelationCountArgs,
  EntityRelationsArgs,
  EntityUnlinkedArgs,
  RelationBasis,
} from '../../__generated__/schema-types.js';
import type { EntityModel } from '../../domain/models.js';
import { loadExisting } from '../../loaders/load-existing.js';
import { compiledValue } from '../../read/compiled/compiled-reads.js';

/** The resolvers every Entity type shares (the rest of its fields are the stored properties). */
export const entityFields = {
  evidence: (e: EntityModel, _args: unknown, { loaders }: Context) => loaders.entityEvidence.load(e.id),
  mentions: (e: EntityModel, _args: unknown, { loaders }: Context) => loaders.mentionsByEntity.load(e.id),
  relations: (e: EntityModel, args: EntityRelationsArgs, ctx: Context) => relationsOf(ctx, e, args),
  relationCount: (e: EntityModel, args: EntityRelationCountArgs, ctx: Context, info: GraphQLResolveInfo) =>
    (compiledValue(e, info) as number | undefined) ?? relationCount(ctx, e.id, args),
  plan: (e: EntityModel, _args: unknown, { loaders }: Context) =>
    loadExisting(loaders.planById, e.planId, 'plan'),
  note: (e: EntityModel) => e.note ?? null,
  curation: (e: EntityModel) => e.curation ?? 'curated',
  englishName: (e: EntityModel) => e.englishName ?? null,
  unlinkedReason: (e: EntityModel) => e.unlinkedReason ?? null,
  notLinked: (e: EntityModel, _args: unknown, { loaders }: Context) => loaders.notLinkedByEntity.load(e.id),
  unlinked: (e: EntityModel, args: EntityUnlinkedArgs, ctx: Context) => unlinkedFrom(ctx, e.id, args),
};

/**
 * A field listing related entities, as RELATED_FIELDS says for this type and field; it looks ahead, so a child
 * related field selected under it is fetched in the same statement.
 */
export function relatedField(typeName: string, fieldName: string) {
  const spec = relatedFieldSpec(typeName, fieldName);
  return (
    e: EntityModel,
    args: { basis?: RelationBasis[] | null; includeParts?: boolean | null },
    ctx: Context,
    info: GraphQLResolveInfo,
  ) => {
    const compiled = compiledValue(e, info) as EntityModel[] | undefined;
    return compiled ?? relatedEntities(ctx, e.id, askedSpec(spec, args), nestedSpec(info));
  };
}

/** A kind-specific property that the row must have (a missing one is a bug in the graph, not a client error). */
export function required(key: 'key' | 'type') {
  return (e: EntityModel): string => {
    const value = e[key];
    if (value === undefined) throw new Error(`entity ${e.id} lacks ${key}`);
    return value;
  };
}
