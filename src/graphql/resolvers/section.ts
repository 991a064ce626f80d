import type {
  EvidenceResolvers,
  MentionResolvers,
  RelationResolvers,
  SectionResolvers,
} from '../../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import type { EntityModel, SectionModel } from '../../domain/models.js';

export const Section: SectionResolvers = {
  parent: (section, _args, { loaders }) => {
    // Note: Neo4j stores no null properties; the Cypher spells parentId out, and this holds if one forgets.
    const parentId = section.parentId ?? null;
    return parentId === null ? null : loaders.sectionById.load(parentId);
  },
  children: (section, _args, { loaders }) => loaders.sectionChildren.load(section.id),
  mentions: async (section, { nested }, { loaders }) => {
    const mentions = await loaders.mentionsBySection.load(section.id);
    return nested ? mentions : mentions.filter((m) => !m.nested);
  },
  plan: async (section, _args, { loaders }) => {
    const plan = await loaders.planById.load(section.planId);
    if (plan === null) throw new Error(`section ${section.id} has no plan`);
    return plan;
  },
};

/** Loads a row a stored id points to; a dangling id is a bug in the graph, not a client error. */
async function existing<T>(what: string, id: string, load: (id: string) => Promise<T | null>): Promise<T> {
  const found = await load(id);
  if (found === null) throw new Error(`missing ${what} ${id}`);
  return found;
}

const sectionOf = (ctx: Context, id: string): Promise<SectionModel> =>
  existing('section', id, (x) => ctx.loaders.sectionById.load(x));
const entityOf = (ctx: Context, id: string): Promise<EntityModel> =>
  existing('entity', id, (x) => ctx.loaders.entityById.load(x));

export const Evidence: EvidenceResolvers = {
  section: (evidence, _args, ctx) => sectionOf(ctx, evidence.sectionId),
};

export const Mention: MentionResolvers = {
  entity: (mention, _args, ctx) => entityOf(ctx, mention.entityId),
  section: (mention, _args, ctx) => sectionOf(ctx, mention.sectionId),
};

export const Relation: RelationResolvers = {
  from: (relation, _args, ctx) => entityOf(ctx, relation.fromId),
  to: (relation, _args, ctx) => entityOf(ctx, relation.toId),
  evidence: (relation) =>
    relation.quotes.map((quote, i) => ({
      quote,
      start: relation.starts[i] ?? 0,
      end: relation.ends[i] ?? 0,
      sectionId: relation.sectionIds[i] ?? '',
    })),
};
