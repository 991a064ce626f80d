import type {
  EvidenceResolvers,
  MentionResolvers,
  NotLinkedResolvers,
  RelationResolvers,
  SectionResolvers,
  UnlinkedResolvers,
} from '../__generated__/resolvers-types.js';
import { citeQuote } from '../../domain/citation.js';
import { loadExisting } from '../../loaders/load-existing.js';
import { sectionSentences } from '../../read/sections.js';

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
  plan: (section, _args, { loaders }) => loadExisting(loaders.planById, section.planId, 'plan'),
  descendants: (section, _args, { loaders }) => loaders.sectionDescendants.load(section.id),
  sentences: (section, _args, ctx) => sectionSentences(ctx, section),
  facts: (section, _args, { loaders }) => loaders.sectionFacts.load(section.id),
};

export const Evidence: EvidenceResolvers = {
  section: (evidence, _args, { loaders }) => loadExisting(loaders.sectionById, evidence.sectionId, 'section'),
  citation: async (evidence, _args, { loaders }) => {
    const section = await loadExisting(loaders.sectionById, evidence.sectionId, 'section');
    const plan = await loadExisting(loaders.planById, section.planId, 'plan');
    return citeQuote(plan, section, evidence.quote);
  },
};

export const Mention: MentionResolvers = {
  entity: (mention, _args, { loaders }) => loadExisting(loaders.entityById, mention.entityId, 'entity'),
  section: (mention, _args, { loaders }) => loadExisting(loaders.sectionById, mention.sectionId, 'section'),
};

export const NotLinked: NotLinkedResolvers = {
  entity: (notLinked) => notLinked.other,
  sections: (notLinked, _args, { loaders }) =>
    Promise.all(notLinked.sectionIds.map((id) => loadExisting(loaders.sectionById, id, 'section'))),
};

export const Unlinked: UnlinkedResolvers = {
  entity: (unlinked) => unlinked.other,
  sections: (unlinked, _args, { loaders }) =>
    Promise.all(unlinked.sectionIds.map((id) => loadExisting(loaders.sectionById, id, 'section'))),
};

export const Relation: RelationResolvers = {
  curation: (relation) => relation.curation ?? 'curated',
  from: (relation, _args, { loaders }) => loadExisting(loaders.entityById, relation.fromId, 'entity'),
  to: (relation, _args, { loaders }) => loadExisting(loaders.entityById, relation.toId, 'entity'),
  via: (relation, _args, { loaders }) =>
    relation.viaId == null ? null : loadExisting(loaders.entityById, relation.viaId, 'entity'),
  evidence: (relation) =>
    relation.quotes.map((quote, i) => ({
      quote,
      start: relation.starts[i] ?? 0,
      end: relation.ends[i] ?? 0,
      sectionId: relation.sectionIds[i] ?? '',
    })),
};
