import type { CurationResolvers, Resolvers, TalentRoleResolvers } from '../__generated__/resolvers-types.js';
import { CURATIONS, TALENT_ROLES } from '../../domain/vocabulary.js';
import { Entity } from './entity.js';
import {
  EntityConnection,
  IndustryConnection,
  Path,
  PlatformConnection,
  ProgramConnection,
  Subgraph,
  TalentTeamConnection,
} from './graph-shapes.js';
import { Indicator, Observation } from './indicator.js';
import { Industry, IndustryCategory } from './industry.js';
import { Goal, Institution, Policy } from './other-entities.js';
import { Plan } from './plan.js';
import { Platform } from './platform.js';
import { Program } from './program.js';
import { Query } from './query.js';
import { Evidence, Mention, NotLinked, Relation, Section, Unlinked } from './section.js';
import { JSONObject } from './json-object.js';
import { TalentTeam } from './talent-team.js';

export const resolvers: Resolvers = {
  Query,
  Entity,
  Plan,
  Industry,
  IndustryCategory,
  Platform,
  Program,
  TalentTeam,
  Institution,
  Goal,
  Policy,
  Section,
  Evidence,
  Mention,
  NotLinked,
  Unlinked,
  Relation,
  JSONObject,
  Indicator,
  Observation,
  Path,
  Subgraph,
  EntityConnection,
  IndustryConnection,
  PlatformConnection,
  ProgramConnection,
  TalentTeamConnection,
  // The enum's internal values; Required: a role the SDL adds fails to compile until TALENT_ROLES lists it.
  TalentRole: TALENT_ROLES satisfies Required<TalentRoleResolvers>,
  Curation: CURATIONS satisfies Required<CurationResolvers>,
};
