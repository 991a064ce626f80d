import type { Dataset } from '../import/compile/read-dataset.js';
import type { DraftKind } from './kind-suffixes.js';

/** One curated entity's spellings (its name, then its aliases), with its kind. */
export interface CuratedEntity {
  readonly name: string;
  readonly kind: DraftKind;
  readonly spellings: readonly string[];
}

/**
 * The entities a curated plan folder holds, by kind: what a draft of another plan looks for first, and what a
 * draft of this plan is scored against. Industry categories count as industries (a draft cannot tell them apart).
 */
export function curatedEntities(dataset: Dataset): CuratedEntity[] {
  const of = (kind: DraftKind, entries: readonly { name: string; aliases: string[] }[]) =>
    entries.map((e) => ({ name: e.name, kind, spellings: [e.name, ...e.aliases] }));
  return [
    ...of('INDUSTRY', dataset['industries.yaml'].categories),
    ...of('INDUSTRY', dataset['industries.yaml'].industries),
    ...of('PLATFORM', dataset['platforms.yaml'].platforms),
    ...of('PROGRAM', dataset['programs.yaml'].programs),
    ...of('TALENT_TEAM', dataset['talent-teams.yaml'].talentTeams),
    ...of('INSTITUTION', dataset['institutions.yaml'].institutions),
    ...of('GOAL', dataset['goals.yaml'].goals),
    ...of('POLICY', dataset['policies.yaml'].policies),
  ];
}
