import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { queries } from '../db/queries.js';

export const Query: QueryResolvers = {
  plans: (_parent, _args, { db }) => db.read(queries.plansAll, {}),
  plan: (_parent, { id }, { loaders }) => loaders.planById.load(id),
};
