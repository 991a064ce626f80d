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
  edges: (path) => fetched(path.relations, 'Path.edges'),
  direct: (path) => fetched(path.direct, 'Path.direct').length > 0,
  directLinks: (path) => fetched(path.direct, 'Path.directLinks'),
};

/** A part of the answer its statement reads only when selected: absent here means the selection was misread. */
function fetched<T>(value: T | null, field: string): T {
  if (value === null) throw new Error(`${field} was selected but not read`);
  return value;
}

export const Subgraph: SubgraphResolvers = {
  edges: (subgraph) => fetched(subgraph.relations, 'Subgraph.edges'),
};

const totalCount = (connection: { totalCount: () => Promise<number> }) => connection.totalCount();
export const IndustryConnection: IndustryConnectionResolvers = { totalCount };
export const EntityConnection: EntityConnectionResolvers = { totalCount };
export const PlatformConnection: PlatformConnectionResolvers = { totalCount };
export const ProgramConnection: ProgramConnectionResolvers = { totalCount };
export const TalentTeamConnection: TalentTeamConnectionResolvers = { totalCount };
