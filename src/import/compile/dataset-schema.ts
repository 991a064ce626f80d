import { z } from 'zod';
import { RELATION_BASES, RELATION_TYPES, TALENT_ROLES, TARGET_BOUNDS } from '../../domain/vocabulary.js';

/**
 * The curated files of a plan folder. The schema checks shapes; `validate-dataset.ts` checks meaning (quotes in
 * the text, references, relation signatures). Names and aliases are spelled as the plan spells them.
 */

const text = z.string().trim().min(1);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug such as precision-manufacturing');

/** A quote copied from the text; `in` (a section path) picks one occurrence when the quote recurs. */
export const evidenceSchema = z.union([text, z.strictObject({ quote: text, in: text })]);
export type EvidenceInput = z.infer<typeof evidenceSchema>;
const evidence = z.array(evidenceSchema).min(1, 'at least one evidence quote');

/** `draft`: written by `plan-graph draft`, not yet confirmed by a curator. */
const curation = z.enum(['draft', 'curated']).optional();

const entityFields = {
  name: text,
  /** The English name, as a specialist translates the plan's term (时尚袜艺 Fashion Hosiery). */
  en: text.optional(),
  aliases: z.array(text).default([]),
  evidence,
  note: text.optional(),
  curation,
};

export const planFileSchema = z.strictObject({
  plan: z.strictObject({
    id: slug,
    title: text,
    en: text.optional(),
    issuer: text,
    /** Left out when the text prints none (a plan copied without the notice that issued it). */
    documentNumber: text.optional(),
    /** Left out when the text prints no date. */
    issuedOn: z.iso.date().optional(),
    periodStart: z.int().min(1949).max(2100),
    periodEnd: z.int().min(1949).max(2100),
    region: text,
    source: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name in the same folder'),
    aliases: z.array(text).default([]),
  }),
});

export const industriesFileSchema = z.strictObject({
  categories: z.array(z.strictObject({ ...entityFields, key: slug, system: text.optional() })),
  industries: z.array(z.strictObject({ ...entityFields, key: slug })),
});

export const platformsFileSchema = z.strictObject({
  platforms: z.array(
    z.strictObject({
      ...entityFields,
      type: text,
      level: text.optional(),
      /** A class of platforms (e.g. 众创空间) rather than one named platform. */
      collective: z.boolean().default(false),
      status: z.enum(['existing', 'planned']).optional(),
    }),
  ),
});

export const programsFileSchema = z.strictObject({
  programs: z.array(z.strictObject({ ...entityFields, type: text })),
});

export const talentTeamsFileSchema = z.strictObject({
  talentTeams: z.array(z.strictObject({ ...entityFields, roles: z.array(z.enum(TALENT_ROLES)).min(1) })),
});

export const institutionsFileSchema = z.strictObject({
  institutions: z.array(z.strictObject({ ...entityFields, type: text })),
});

export const goalsFileSchema = z.strictObject({
  goals: z.array(z.strictObject({ ...entityFields })),
});

export const policiesFileSchema = z.strictObject({
  policies: z.array(z.strictObject({ ...entityFields })),
});

export const relationsFileSchema = z.strictObject({
  relations: z.array(
    z.strictObject({
      type: z.enum(RELATION_TYPES),
      from: z.union([text, z.array(text).min(1)]),
      to: z.union([text, z.array(text).min(1)]),
      evidence,
      /** How the quotes support the link; inferred from them when absent (compile-relations.ts). */
      basis: z.enum(RELATION_BASES).optional(),
      note: text.optional(),
      /** `draft`: written by `plan-graph draft`, not yet confirmed by a curator. */
      curation,
    }),
  ),
});

export const indicatorsFileSchema = z.strictObject({
  /** Annotations of the rows parsed from the text's table, by the row's 二级指标 name. */
  table: z.array(
    z.strictObject({
      row: text,
      key: slug,
      measures: z.array(text).default([]),
      /** Sentences that state the same target with the same number (and no 以上/超过). */
      statedIn: z.array(evidenceSchema).default([]),
      /** The row counts an amount per year (年均新增就业大学生), not a level reached or a total over the period. */
      perYear: z.boolean().default(false),
      curation,
    }),
  ),
  /** Quantified goals written in the text besides the table. */
  written: z.array(
    z.strictObject({
      key: slug,
      name: text,
      category: text,
      unit: text,
      comparator: z.enum(TARGET_BOUNDS),
      target: z.number(),
      targetMax: z.number().optional(),
      targetYear: z.int().optional(),
      measures: z.array(text).default([]),
      /**
       * The target is an addition over the plan period (新增 5家, 引进 15个), not a level to reach. Where the
       * wording allows both readings, `note` says which is taken and why.
       */
      increment: z.boolean().default(false),
      /** The table row stating the same goal: the same target, or for an increment, the row's target − baseline. */
      restates: slug.optional(),
      evidence,
      note: text.optional(),
      curation,
    }),
  ),
});

export const observationsFileSchema = z.strictObject({
  observations: z.array(
    z.strictObject({
      key: slug,
      name: text,
      value: z.number(),
      unit: text,
      /** The year the figure stands for (截至2020年底 → 2020), or the first year of a period. */
      year: z.int(),
      /** Last year of a period (2016-2020 → 2020); absent for a point in time. */
      yearEnd: z.int().optional(),
      /** For a change (比2015年增长74.1%): the year compared with. */
      comparedTo: z.int().optional(),
      about: z.array(text).default([]),
      /** The indicator this figure is the baseline of: a table row with the same baseline, or a written goal. */
      baselineOf: slug.optional(),
      evidence,
      note: text.optional(),
      curation,
    }),
  ),
});

export const coverageFileSchema = z.strictObject({
  /** Candidate names the coverage report may leave out of the dataset, each with the reason. */
  ignore: z.array(z.strictObject({ term: text, reason: text })),
});

export const relationDecisionsFileSchema = z.strictObject({
  /**
   * Entities the text names together (in one sentence, or a heading and a member below it) that are not linked,
   * each with the reason: every pair among `names`, or each of `names` with each of `with`; within the section
   * `in` (a path, and the sections below it) or anywhere.
   */
  dismissed: z.array(
    z.strictObject({
      names: z.array(text).min(1),
      with: z.array(text).min(1).optional(),
      in: text.optional(),
      reason: text,
    }),
  ),
  /** Entities the plan links to nothing (no relationship of any type), each with the reason. */
  unlinked: z.array(z.strictObject({ names: z.array(text).min(1), reason: text })).default([]),
});

/** Every file of a plan folder, its schema, and whether it must exist. */
export const DATASET_FILES = {
  'plan.yaml': planFileSchema,
  'industries.yaml': industriesFileSchema,
  'platforms.yaml': platformsFileSchema,
  'programs.yaml': programsFileSchema,
  'talent-teams.yaml': talentTeamsFileSchema,
  'institutions.yaml': institutionsFileSchema,
  'goals.yaml': goalsFileSchema,
  'policies.yaml': policiesFileSchema,
  'relations.yaml': relationsFileSchema,
  'indicators.yaml': indicatorsFileSchema,
  'observations.yaml': observationsFileSchema,
  'coverage.yaml': coverageFileSchema,
  'relation-decisions.yaml': relationDecisionsFileSchema,
} as const;
