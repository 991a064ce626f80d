import type { EvidenceInput } from './dataset-schema.js';
import type { EntityKind } from '../../__generated__/schema-types.js';
import type { EntityRecord, Located, PropertyValue } from '../plan-records.js';
import { listEntry, type EntryRef, type Problem } from './problems.js';
import type { Dataset } from './read-dataset.js';
import type { SourceIndex } from '../parse/source-index.js';
import { normalizeName } from '../../domain/normalize-name.js';

/** An entity as curated, before its quotes are located. */
interface EntityInput {
  readonly file: string;
  readonly entry: string;
  readonly at?: EntryRef;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly evidence: readonly EvidenceInput[];
  readonly props: Record<string, PropertyValue>;
}

/** Where an entity was curated: its file and entry. */
export type Origin = Pick<Problem, 'file' | 'entry' | 'at'>;

/** Finds an entity by its canonical name or any alias (NFKC-normalised). */
export type ResolveName = (name: string) => EntityRecord | undefined;

const KIND_SLUGS = {
  PLAN: 'plan',
  INDUSTRY: 'industry',
  INDUSTRY_CATEGORY: 'industry-category',
  PLATFORM: 'platform',
  PROGRAM: 'program',
  TALENT_TEAM: 'talent-team',
  INSTITUTION: 'institution',
  GOAL: 'goal',
  POLICY: 'policy',
} satisfies Record<EntityKind, string>;

/**
 * Every entity of the plan folder, with located evidence. Checks: unique ids, no name or alias shared by two
 * entities, and every quote names the entity. (That the name or an alias occurs in the text at all is checked
 * against the mentions, found for all names in one pass.)
 */
export function compileEntities(
  planId: string,
  dataset: Dataset,
  source: SourceIndex,
  dir: string,
  problems: Problem[],
): { entities: EntityRecord[]; resolve: ResolveName; origins: Map<string, Origin> } {
  const inputs = entityInputs(dataset, dir);
  const entities: EntityRecord[] = [];
  const byName = new Map<string, EntityRecord>();
  const seenIds = new Map<string, string>();
  // A canonical key joins an industry or category to its namesake in another plan, so within a plan it is unique.
  const seenKeys = new Map<string, string>();
  const origins = new Map<string, Origin>();
  for (const input of inputs) {
    const { file, entry, at } = input;
    const where: Origin = { file, entry, at };
    const id = input.kind === 'PLAN' ? planId : `${planId}:${KIND_SLUGS[input.kind]}:${input.name}`;
    const previous = seenIds.get(id);
    if (previous !== undefined) {
      problems.push({ ...where, reason: `duplicate id ${id} (also ${previous})` });
      continue;
    }
    seenIds.set(id, `${file} ${entry}`);
    const key = input.props['key'];
    if (typeof key === 'string') {
      const keyed = `${input.kind} ${key}`;
      const owner = seenKeys.get(keyed);
      if (owner !== undefined) problems.push({ ...where, reason: `duplicate key ${key} (also ${owner})` });
      else seenKeys.set(keyed, `${file} ${entry}`);
    }
    const names = [input.name, ...input.aliases];
    origins.set(id, where);
    const evidence: Located[] = [];
    for (const item of input.evidence) {
      const located = source.locate(item);
      if (typeof located === 'string') problems.push({ ...where, reason: located });
      else if (!names.some((name) => located.quote.includes(name))) {
        problems.push({
          ...where,
          reason: `quote does not name the entity (${names.join(' / ')}): "${located.quote}"`,
        });
      } else evidence.push(located);
    }
    const record: EntityRecord = {
      id,
      kind: input.kind,
      name: input.name,
      aliases: input.aliases,
      props: input.props,
      evidence,
    };
    // The English name is a spelling too (a lookup by it finds the entity), so no two entities may share it.
    const english = input.props['englishName'];
    for (const name of new Set(
      [...names, ...(typeof english === 'string' ? [english] : [])].map(normalizeName),
    )) {
      const other = byName.get(name);
      if (other !== undefined) problems.push({ ...where, reason: `"${name}" also names ${other.id}` });
      else byName.set(name, record);
    }
    entities.push(record);
  }
  return { entities, resolve: (name) => byName.get(normalizeName(name)), origins };
}

function entityInputs(d: Dataset, dir: string): EntityInput[] {
  const file = (name: string) => `${dir}/${name}`;
  const each = <
    T extends {
      name: string;
      en?: string | undefined;
      aliases: string[];
      evidence: EvidenceInput[];
      note?: string | undefined;
      curation?: 'curated' | 'draft' | undefined;
    },
  >(
    fileName: string,
    list: string,
    items: readonly T[],
    kind: EntityKind,
    props: (item: T) => Record<string, PropertyValue>,
  ): EntityInput[] =>
    items.map((item, i) => ({
      file: file(fileName),
      ...listEntry(list, i, item.name),
      kind,
      name: item.name,
      aliases: item.aliases,
      evidence: item.evidence,
      props: {
        ...props(item),
        englishName: item.en ?? null,
        note: item.note ?? null,
        curation: item.curation ?? 'curated',
      },
    }));
  const { plan } = d['plan.yaml'];
  return [
    {
      file: file('plan.yaml'),
      entry: 'plan',
      kind: 'PLAN',
      name: plan.title,
      aliases: plan.aliases,
      evidence: [{ quote: plan.title, in: '序言' }],
      props: { englishName: plan.en ?? null },
    },
    ...each('industries.yaml', 'categories', d['industries.yaml'].categories, 'INDUSTRY_CATEGORY', (c) => ({
      key: c.key,
      system: c.system ?? null,
    })),
    ...each('industries.yaml', 'industries', d['industries.yaml'].industries, 'INDUSTRY', (i) => ({
      key: i.key,
    })),
    ...each('platforms.yaml', 'platforms', d['platforms.yaml'].platforms, 'PLATFORM', (p) => ({
      type: p.type,
      level: p.level ?? null,
      collective: p.collective,
      status: p.status ?? null,
    })),
    ...each('programs.yaml', 'programs', d['programs.yaml'].programs, 'PROGRAM', (p) => ({ type: p.type })),
    ...each('talent-teams.yaml', 'talentTeams', d['talent-teams.yaml'].talentTeams, 'TALENT_TEAM', (t) => ({
      roles: t.roles,
    })),
    ...each('institutions.yaml', 'institutions', d['institutions.yaml'].institutions, 'INSTITUTION', (i) => ({
      type: i.type,
    })),
    ...each('goals.yaml', 'goals', d['goals.yaml'].goals, 'GOAL', () => ({})),
    ...each('policies.yaml', 'policies', d['policies.yaml'].policies, 'POLICY', () => ({})),
  ];
}
