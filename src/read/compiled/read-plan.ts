import type { RelationDirection } from '../../__generated__/schema-types.js';
import type { Direction } from '../../loaders/related.js';

/**
 * A read plan: what one root field's selection asks of the graph, as plain data (no GraphQL, no Cypher). The
 * selection reader (./selection.ts) builds it per request; the statement compiler (./statement.ts) turns it into
 * one Cypher statement, cached by `shapeKey`. Argument values never enter the shape: they are parameters, named
 * here (`p0`, `p1` … in the order the reader met them) and valued in `ReadPlan.params`.
 */

/** The name of a statement parameter, valued per request. */
export type ParamName = string;

/** What to fetch of the entities at one position of the answer: all of one concrete GraphQL type (= label). */
export interface EntitySelection {
  readonly label: string;
  /** Stored properties the client selected. */
  readonly properties: readonly string[];
  /**
   * Some field stays with its resolver and a loader, which read the core properties (id, planId, kind, name):
   * the model carries them. Otherwise it carries only what was selected (and what its root needs).
   */
  readonly core: boolean;
  /** Response key → a relationship field or a count, each fetched in a subquery of the same statement. */
  readonly fields: readonly CompiledField[];
}

/** Which links a relationship field or count follows: typed, so the statement expands only these. */
export interface LinkSpec {
  readonly direction: Direction | 'BOTH';
  /** Relationship types; never empty. */
  readonly types: readonly string[];
  /** The other end's label; null: any entity. */
  readonly otherLabel: string | null;
  /** Only links of these bases (a parameter); null: all. */
  readonly bases: ParamName | null;
  /** Its parts' links too (PART_OF or IN_CATEGORY below it, any depth). */
  readonly includeParts: boolean;
}

export type CompiledField =
  | {
      readonly kind: 'related';
      /** The response key (the alias, or the field's name). */
      readonly key: string;
      readonly field: string;
      readonly link: LinkSpec & { readonly direction: Direction };
      readonly selection: EntitySelection;
    }
  | {
      readonly kind: 'count';
      readonly key: string;
      readonly field: string;
      readonly link: LinkSpec & { readonly direction: RelationDirection };
    };

/** Filters of a root list, each present only when its argument was given (a parameter's name, or a flag). */
export interface ListFilters {
  readonly after: ParamName | null;
  readonly plan: ParamName | null;
  /** Property equal to a value: `type`. */
  readonly equals: readonly { readonly property: string; readonly param: ParamName }[];
  /** A value the list property holds: `role`. */
  readonly holds: readonly { readonly property: string; readonly param: ParamName }[];
  /** Linked to the entity with this id (or to one of its parts), by these types, this way. */
  readonly linkedTo: readonly {
    readonly types: readonly string[];
    readonly direction: Direction;
    readonly param: ParamName;
  }[];
  /** Whether some platform supports it (or one of its parts): `supported`. */
  readonly supported: ParamName | null;
  /** In this category or one that is part of it: `category`. */
  readonly category: ParamName | null;
}

export type RootShape =
  | {
      readonly root: 'lookup';
      readonly value: ParamName;
      readonly plan: ParamName | null;
      /** One per type the field may return (several for `entity`, an interface): the row's kind picks one. */
      readonly selections: readonly EntitySelection[];
    }
  | {
      readonly root: 'list';
      readonly filters: ListFilters;
      readonly limit: ParamName;
      readonly selection: EntitySelection;
    };

export interface ReadPlan {
  readonly shape: RootShape;
  /** The shape as a string: the statement cache's key. */
  readonly shapeKey: string;
  readonly params: Readonly<Record<ParamName, unknown>>;
}

/** Hands out parameter names in the order values are met, so one shape always names them alike. */
export class Params {
  readonly values: Record<ParamName, unknown> = {};
  private next = 0;

  add(value: unknown): ParamName {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return name;
  }
}

export function readPlan(shape: RootShape, params: Params): ReadPlan {
  return { shape, shapeKey: JSON.stringify(shape), params: params.values };
}
