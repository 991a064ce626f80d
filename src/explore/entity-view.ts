import { graphql } from './__generated__';
import type { EntityKind, ExploreEntityQuery } from './__generated__/graphql';
import { request } from './api';
import { h, replaceChildren } from './dom';
import { entityLink } from './entity-link';
import { evidenceList } from './evidence';
import { BASIS_LABELS, RELATION_ORDER, kindStyle, relationLabel, type Direction } from './kinds';
import { graphHref } from './router';
import { notFound, showLoading, type View } from './view';

const EntityQuery = graphql(`
  query ExploreEntity($name: String!) {
    entity(name: $name) {
      id
      name
      kind
      aliases
      englishName
      note
      unlinkedReason
      curation
      notLinked {
        entity {
          name
          kind
        }
        reason
        sections {
          path
        }
      }
      evidence {
        ...QuoteInContext
      }
      mentions {
        text
        start
        end
        section {
          ...SectionInContext
        }
      }
      relations {
        type
        basis
        curation
        from {
          id
          name
          kind
        }
        to {
          id
          name
          kind
        }
        via {
          id
          name
          kind
        }
        evidence {
          ...QuoteInContext
        }
      }
    }
  }

  fragment QuoteInContext on Evidence {
    quote
    start
    end
    citation {
      quoted
    }
    section {
      ...SectionInContext
    }
  }
`);

type EntityData = NonNullable<ExploreEntityQuery['entity']>;
type RelationData = EntityData['relations'][number];

interface Group {
  readonly type: string;
  readonly direction: Direction;
  readonly items: { readonly other: RelationData['from']; readonly relation: RelationData }[];
}

/** An entity: its names, the plan's quotes naming it, and its relationships grouped by type and direction. */
export const entityView: View<{ readonly name: string }> = async (root, { name }, signal) => {
  showLoading(root, name);
  const { entity } = await request(EntityQuery, { name }, signal);
  if (entity == null) {
    notFound(root, `没有名为“${name}”的实体 No entity is named ${name}.`);
    return undefined;
  }
  document.title = `${entity.name} · 诸暨人才规划图谱`;
  const style = kindStyle(entity.kind);
  const groups = groupRelations(entity);
  replaceChildren(
    root,
    h(
      'article',
      { class: 'entity', 'data-entity': entity.name, 'data-kind': entity.kind },
      h(
        'header',
        { class: 'entity-header' },
        h(
          'span',
          { class: 'kind-badge', style: `--kind: ${style.color}` },
          `${style.label} ${style.english}`,
        ),
        entity.curation === 'DRAFT' ? draftTag() : null,
        h('h1', {}, entity.name),
        entity.englishName == null ? null : h('p', { class: 'english-name' }, entity.englishName),
        entity.aliases.length > 0
          ? h('p', { class: 'aliases' }, '别名 Aliases: ', entity.aliases.join('、'))
          : null,
        entity.note == null ? null : h('p', { class: 'note' }, entity.note),
        h(
          'p',
          { class: 'actions' },
          h(
            'a',
            { class: 'button', id: 'open-graph', href: graphHref(entity.name), 'data-link': true },
            '关系图 Graph view',
          ),
          ' ',
          h('code', { class: 'entity-id' }, entity.id),
        ),
      ),
      h(
        'section',
        { class: 'own-evidence' },
        h('h2', {}, '规划原文 ', h('small', {}, 'What the plan says about it')),
        evidenceList(entity.evidence, 2),
      ),
      h(
        'section',
        { class: 'mentions', 'data-count': entity.mentions.length },
        h(
          'h2',
          {},
          `全文提及 ${entity.mentions.length} 处 `,
          h('small', {}, 'Every place the plan names it'),
        ),
        // A mention is shown as a quote of the name in its sentence, under its section.
        evidenceList(
          entity.mentions.map(({ text, ...place }) => ({ ...place, quote: text })),
          3,
        ),
      ),
      h(
        'section',
        { class: 'relations' },
        h('h2', {}, '关系 ', h('small', {}, `Relationships (${entity.relations.length})`)),
        groups.length === 0 ? h('p', { class: 'empty' }, '规划未写明关系 The plan states none.') : null,
        entity.unlinkedReason == null
          ? null
          : h('p', { class: 'note unlinked-reason' }, `为何无关系 Why none: ${entity.unlinkedReason}`),
        ...groups.map(groupSection),
      ),
      notLinkedSection(entity.notLinked),
    ),
  );
  return undefined;
};

function groupRelations(entity: EntityData): Group[] {
  const groups = new Map<string, Group>();
  for (const relation of entity.relations) {
    // A link of one of its parts (via) reads from that part: 铜材精密加工's platforms are 精密制造's supporters.
    const self = relation.via?.id ?? entity.id;
    const direction: Direction = relation.from.id === self ? 'out' : 'in';
    const other = direction === 'out' ? relation.to : relation.from;
    const key = `${relation.type}-${direction}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { type: relation.type, direction, items: [] };
      groups.set(key, group);
    }
    group.items.push({ other, relation });
  }
  const rank = (type: string): number => {
    const i = RELATION_ORDER.indexOf(type);
    return i === -1 ? RELATION_ORDER.length : i;
  };
  const sorted = [...groups.values()].sort(
    (a, b) =>
      rank(a.type) - rank(b.type) ||
      a.type.localeCompare(b.type) ||
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1),
  );
  for (const group of sorted) group.items.sort((a, b) => a.other.name.localeCompare(b.other.name, 'zh'));
  return sorted;
}

function groupSection(group: Group): HTMLElement {
  const [label, english] = relationLabel(group.type, group.direction);
  return h(
    'section',
    { class: 'relation-group', 'data-relation': `${group.type}-${group.direction}` },
    h('h3', {}, label, ' ', h('small', {}, `${group.type} · ${english} (${group.items.length})`)),
    h(
      'ul',
      { class: 'relation-list' },
      ...group.items.map(({ other, relation }) => {
        return h(
          'li',
          { class: 'relation' },
          relationHead(
            other,
            h(
              'span',
              {},
              h(
                'span',
                { class: 'basis-tag', 'data-basis': relation.basis, title: BASIS_LABELS[relation.basis][1] },
                BASIS_LABELS[relation.basis][0],
              ),
              relation.curation === 'DRAFT' ? draftTag() : null,
            ),
            relation.via
              ? h('span', { class: 'via-tag' }, '经由 via ', entityLink(relation.via.name, relation.via.kind))
              : null,
          ),
          evidenceList(relation.evidence, 1),
        );
      }),
    ),
  );
}

/**
 * The entities the plan names together with this one without relating them, folded away: where a reader expects
 * a link, it says why the plan states none.
 */
function notLinkedSection(items: EntityData['notLinked']): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    'details',
    { class: 'not-linked' },
    h('summary', {}, `同处提及、未写明关系 Named together, not linked (${items.length})`),
    h(
      'ul',
      { class: 'relation-list' },
      ...items.map(({ entity, reason, sections }) => {
        return h(
          'li',
          { class: 'relation' },
          relationHead(entity, h('small', { class: 'sections' }, sections.map((s) => s.path).join('、'))),
          h('p', { class: 'note' }, reason),
        );
      }),
    ),
  );
}

/** The head of one row of a relation list: the other entity, its kind, and what the row says of the link. */
function relationHead(
  other: { readonly name: string; readonly kind: EntityKind },
  tag: HTMLElement,
  via: HTMLElement | null = null,
): HTMLElement {
  return h(
    'p',
    { class: 'relation-head' },
    entityLink(other.name, other.kind),
    ' ',
    h('span', { class: 'kind-tag' }, kindStyle(other.kind).label),
    ' ',
    tag,
    via === null ? null : ' ',
    via,
  );
}

/** A fact `plan-graph draft` read from the text and no curator has confirmed: shown, but marked. */
function draftTag(): HTMLElement {
  return h(
    'span',
    {
      class: 'draft-tag',
      title: 'Drafted from the text by plan-graph draft; not yet confirmed by a curator',
    },
    '草稿 Draft',
  );
}
