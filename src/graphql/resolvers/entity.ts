import type { EntityResolvers } from '../__generated__/resolvers-types.js';
import { ENTITY_LABELS } from '../../domain/vocabulary.js';

// Each kind's label is also its GraphQL type name.
export const Entity: EntityResolvers = {
  __resolveType: (entity) => ENTITY_LABELS[entity.kind],
};
