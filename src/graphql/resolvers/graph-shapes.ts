import type {
  EntityConnectionResolvers,
  IndustryConnectionResolvers,
  PathResolvers,
  PlatformConnectionResolvers,
  ProgramConnectionResolvers,
  SubgraphResolvers,
  TalentTeamConnectionResolvers,
} from '../__generated__/resolvers-types.js';

export const Path: PathResolvers = {
  length: (path) => path.relations.length,
  edges: (path) => path.relations,
  direct: (path) => path.direct.length > 0,
  directLinks: (path) => path.direct,
  throughReading: (path) => path.relations.some((relation) => relation.basis === 'READING'),
};

export const Subgraph: SubgraphResolvers = {
  edges: (subgraph) => subgraph.relations,
};

const totalCount = (connection: { totalCount: () => Promise<number> }) => connection.totalCount();
export const IndustryConnection: IndustryConnectionResolvers = { totalCount };
export const EntityConnection: EntityConnectionResolvers = { totalCount };
export const PlatformConnection: PlatformConnectionResolvers = { totalCount };
export const ProgramConnection: ProgramConnectionResolvers = { totalCount };
export const TalentTeamConnection: TalentTeamConnectionResolvers = { totalCount };
