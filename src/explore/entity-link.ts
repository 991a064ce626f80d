import type { EntityKind } from './__generated__/graphql';
import { h } from './dom';
import { kindStyle } from './kinds';
import { entityHref } from './router';

/** A link to an entity's page, in its kind's colour: the one way every view names an entity. */
export function entityLink(name: string, kind: EntityKind): HTMLElement {
  return h(
    'a',
    {
      class: 'entity-link',
      href: entityHref(name),
      'data-link': true,
      'data-kind': kind,
      style: `--kind: ${kindStyle(kind).color}`,
    },
    name,
  );
}
