import type { EntityKind } from '../../__generated__/schema-types.js';
import type { RelationType } from '../../domain/vocabulary.js';

/** Which kinds each curated relationship type may join, as `from → to`. Anything else is a wrong type. */
type Signature = readonly (readonly [EntityKind, EntityKind])[];

export const RELATION_SIGNATURES = {
  IN_CATEGORY: [['INDUSTRY', 'INDUSTRY_CATEGORY']],
  PART_OF: [
    ['INDUSTRY', 'INDUSTRY'],
    ['INDUSTRY_CATEGORY', 'INDUSTRY_CATEGORY'],
    ['TALENT_TEAM', 'TALENT_TEAM'],
    ['PLATFORM', 'PLATFORM'],
    ['GOAL', 'GOAL'],
    ['PROGRAM', 'PROGRAM'],
  ],
  SUPPORTS: [['PLATFORM', 'INDUSTRY']],
  // A platform serves a team where the text says 服务 (a service platform for it), not that it trains or attracts it.
  SERVES: [
    ['PROGRAM', 'INDUSTRY'],
    ['PROGRAM', 'TALENT_TEAM'],
    ['PLATFORM', 'TALENT_TEAM'],
    ['TALENT_TEAM', 'INDUSTRY'],
  ],
  DEVELOPS: [
    ['PROGRAM', 'TALENT_TEAM'],
    ['PLATFORM', 'TALENT_TEAM'],
  ],
  RELIES_ON: [
    ['PROGRAM', 'PLATFORM'],
    ['PROGRAM', 'INSTITUTION'],
  ],
  PARTNERS_WITH: [
    ['INSTITUTION', 'PLAN'],
    ['INSTITUTION', 'PLATFORM'],
  ],
  HOSTS: [['INSTITUTION', 'PLATFORM']],
  LEADS: [
    ['INSTITUTION', 'PLAN'],
    ['INSTITUTION', 'PROGRAM'],
  ],
  BASED_ON: [['PLAN', 'POLICY']],
} satisfies Record<RelationType, Signature>;

/** What an indicator may measure and an observation may be about. */
export const MEASURABLE_KINDS: readonly EntityKind[] = ['TALENT_TEAM', 'PLATFORM', 'INDUSTRY'];
export const OBSERVABLE_KINDS: readonly EntityKind[] = ['TALENT_TEAM', 'PLATFORM', 'INDUSTRY', 'PROGRAM'];

export function describeSignature(type: RelationType): string {
  return RELATION_SIGNATURES[type].map(([from, to]) => `${from} → ${to}`).join(' or ');
}
