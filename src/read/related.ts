import type { Context } from './context.js';
import { badUserInput, notFound } from './errors.js';
import { nameArgument } from './names.js';
import type { EntityModel, RelationModel, UnlinkedModel } from '../domain/models.js';
import { queries } from '../db/queries.js';
import type {
  EntityRelationCountArgs,
  EntityRelationsArgs,
  EntityUnlinkedArgs,
} from '../__generated__/schema-types.js';
import type { Direction, RelatedSpec } from '../loaders/related.js';
import { RELATION_TYPES, unknownTypes } from '../domain/vocabulary.js';
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
  const unknown = unknownTypes(types);
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
 * The relationships of `id`, outgoing then incoming, optionally only some types, to some kinds, leaving out the
 * entities `except` names; its parts' too unless `includeParts: false`, each relationship once (a link between
 * two parts is both one's outgoing and the other's incoming).
 */
export async function relationsOf(
  ctx: Context,
  entity: EntityModel,
  { direction, types, kinds, basis, includeParts, except }: EntityRelationsArgs,
): Promise<RelationModel[]> {
  checkTypes(types);
  const directions = directionsOf(direction);
  const left = await exceptIds(ctx, entity, except);
  const lists = await Promise.all(
    directions.map((d) =>
      ctx.loaders.related
        .of(
          withBases(
            {
              direction: d,
              types: types ?? null,
              kinds: kinds && kinds.length > 0 ? kinds : null,
              bases: null,
              includeParts: includeParts !== false,
            },
            basis,
          ),
        )
        .load(entity.id),
    ),
  );
  const seen = new Set<string>();
  return lists.flat().flatMap(({ relation, other }) => {
    if (left.has(other.id)) return [];
    ctx.loaders.entityById.prime(other.id, other);
    const key = `${relation.type}|${relation.fromId}|${relation.toId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [relation];
  });
}

/** The ids of the entities an `except` argument names, in the entity's plan; an unknown name is NOT_FOUND. */
async function exceptIds(
  ctx: Context,
  entity: EntityModel,
  except: readonly string[] | null | undefined,
): Promise<Set<string>> {
  const names = except ?? [];
  const found = await Promise.all(
    names.map((name) =>
      ctx.loaders.entityByName().load({ value: nameArgument(name, 'except'), planId: entity.planId }),
    ),
  );
  const unknown = names.filter((_, i) => found[i] === null);
  if (unknown.length > 0)
    throw notFound(
      `No entity of plan ${entity.planId} is named ${unknown.map((n) => `"${n}"`).join(', ')} (except).`,
      'except',
    );
  return new Set(found.flatMap((e) => (e === null ? [] : [e.id])));
}

/** The entities of the kinds asked that the plan does not link to `id` by these types (its parts' links count). */
export async function unlinkedFrom(
  ctx: Context,
  id: string,
  { kinds, types, direction }: EntityUnlinkedArgs,
): Promise<UnlinkedModel[]> {
  checkTypes(types);
  if (kinds.length === 0) throw badUserInput('kinds must name at least one kind.', 'kinds');
  const rows = await ctx.db.read(queries.unlinkedByEntity, {
    id,
    kinds: [...new Set(kinds)],
    types: types && types.length > 0 ? [...new Set(types)] : null,
    direction: direction ?? 'BOTH',
  });
  for (const row of rows) ctx.loaders.entityById.prime(row.other.id, row.other);
  return rows;
}
