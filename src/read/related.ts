import type { Context } from '../graphql/context.js';
import { badUserInput } from '../graphql/errors.js';
import type { EntityModel, RelationModel } from '../domain/models.js';
import type { EntityRelationCountArgs, EntityRelationsArgs } from '../__generated__/resolvers-types.js';
import type { Direction, RelatedSpec } from '../loaders/related.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { withBases } from './related-fields.js';

/**
 * The entities related to `id` as `spec` says, by name, each once, through the spec's DataLoader (primed when a
 * parent statement fetched them ahead), asking it to bring the `nested` spec's rows along when a child field
 * wants them. The other ends are primed into `entityById`, so resolving a relation's ends costs no statement.
 */
export async function relatedEntities(
  ctx: Context,
  id: string,
  spec: RelatedSpec,
  nested: RelatedSpec | null = null,
): Promise<EntityModel[]> {
  if (nested !== null) ctx.loaders.related.lookAhead(spec, nested);
  const items = await ctx.loaders.related.of(spec).load(id);
  const seen = new Set<string>();
  return items
    .map((item) => item.other)
    .filter((other) => {
      ctx.loaders.entityById.prime(other.id, other);
      if (seen.has(other.id)) return false;
      seen.add(other.id);
      return true;
    });
}

function checkTypes(types: readonly string[] | null | undefined): void {
  const unknown = (types ?? []).filter((t) => !(RELATION_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) {
    throw badUserInput(
      `Unknown relation type ${unknown.join(', ')}; the types are ${RELATION_TYPES.join(', ')}.`,
      'types',
    );
  }
}

/**
 * The statements' directions for a `direction` argument. Note: the SDL's default (BOTH) does not cover a
 * client's explicit `direction: null`.
 */
function directionsOf(direction: EntityRelationsArgs['direction']): Direction[] {
  return direction === 'OUT' || direction === 'IN' ? [direction] : ['OUT', 'IN'];
}

/**
 * How many relationships of `id` there are, of these types, to or from entities of these kinds, its parts'
 * included unless `includeParts: false`: as many as `relationsOf` lists (kinds aside).
 */
export async function relationCount(
  ctx: Context,
  id: string,
  { direction, types, kinds, basis, includeParts }: EntityRelationCountArgs,
): Promise<number> {
  checkTypes(types);
  const spec = withBases(
    {
      direction: 'OUT',
      types: types ?? null,
      kinds: kinds && kinds.length > 0 ? kinds : null,
      bases: null,
      includeParts: includeParts !== false,
    },
    basis,
  );
  return ctx.loaders.relatedCount.load({ ...spec, id, direction: direction ?? 'BOTH' });
}

/**
 * The relationships of `id`, outgoing then incoming, optionally only some types; its parts' too unless
 * `includeParts: false`, each relationship once (a link between two parts is both one's outgoing and the
 * other's incoming).
 */
export async function relationsOf(
  ctx: Context,
  id: string,
  { direction, types, basis, includeParts }: EntityRelationsArgs,
): Promise<RelationModel[]> {
  checkTypes(types);
  const directions = directionsOf(direction);
  const lists = await Promise.all(
    directions.map((d) =>
      ctx.loaders.related
        .of(
          withBases(
            {
              direction: d,
              types: types ?? null,
              kinds: null,
              bases: null,
              includeParts: includeParts !== false,
            },
            basis,
          ),
        )
        .load(id),
    ),
  );
  const seen = new Set<string>();
  return lists.flat().flatMap(({ relation, other }) => {
    ctx.loaders.entityById.prime(other.id, other);
    const key = `${relation.type}|${relation.fromId}|${relation.toId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [relation];
  });
}
