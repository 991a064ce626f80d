import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/connect.js';
import { queries } from '../../src/db/queries.js';
import { compilePlanFolder } from '../../src/import/compile/compile-plan.js';
import { findUncovered } from '../../src/import/compile/uncovered-names.js';
import { relationCoverage } from '../../src/import/compile/relation-coverage.js';
import { graphDigest } from '../../src/import/write/graph-digest.js';
import { listPlanFolders } from '../../src/import/import-plans.js';
import { fromRoot } from '../../src/paths.js';
import { connectToTestNeo4j } from '../helpers/test-neo4j.js';

const PLAN = 'zhuji-2021';
const folder = fromRoot('data', 'plans', PLAN);
const source = readFileSync(fromRoot('data', 'plans', PLAN, 'zhuji-talent-plan-2021.txt'), 'utf8');

/** The imported plan as the graph holds it (the suite's global setup imported data/plans). */
describe('the zhuji-2021 plan in Neo4j', () => {
  let connection: Connection;
  beforeAll(async () => {
    connection = await connectToTestNeo4j();
  });
  afterAll(async () => {
    await connection.driver.close();
  });

  it('holds the source text unchanged, as copied from ../shared/source', async () => {
    const nodes = await connection.db.read(queries.graphDigestNodes, { planId: PLAN });
    const plan = nodes.find((n) => n.labels.includes('Plan'));
    expect(plan?.props['text']).toBe(source);
  });

  it('has the entity and relationship counts the closing note states', async () => {
    expect((await graphDigest(connection.db, PLAN)).counts).toEqual({
      BASED_ON: 3,
      BASELINE_OF: 11,
      DEVELOPS: 115,
      EVIDENCE: 405,
      'Entity:Goal': 8,
      'Entity:Industry': 26,
      'Entity:IndustryCategory': 9,
      'Entity:Institution': 12,
      'Entity:Plan': 1,
      'Entity:Platform': 77,
      'Entity:Policy': 8,
      'Entity:Program': 59,
      'Entity:TalentTeam': 64,
      HOSTS: 2,
      IN_CATEGORY: 28,
      Indicator: 39,
      LEADS: 4,
      MEASURES: 35,
      MENTIONS: 499,
      // The spellings the dataset writes, and the shortenings data/abbreviations.yaml makes of them.
      NAMES: 616,
      NOT_LINKED: 343,
      Name: 616,
      OBSERVES: 33,
      Observation: 42,
      PARTNERS_WITH: 16,
      PART_OF: 152,
      RELIES_ON: 37,
      RESTATES: 4,
      SECTION_OF: 10,
      SERVES: 24,
      SUBSECTION_OF: 49,
      SUPPORTS: 67,
      Section: 59,
    });
  });

  it('stores every quote exactly as the source has it at the recorded offsets, inside the recorded section', async () => {
    const nodes = await connection.db.read(queries.graphDigestNodes, { planId: PLAN });
    const sections = new Map(
      nodes.filter((n) => n.labels.includes('Section')).map((n) => [n.props['id'] as string, n.props]),
    );
    const rels = await connection.db.read(queries.graphDigestRelationships, { planId: PLAN });
    const checked: string[] = [];
    const check = (quote: unknown, start: unknown, end: unknown, sectionId: unknown, what: string) => {
      const section = sections.get(sectionId as string);
      const ok =
        typeof quote === 'string' &&
        source.slice(start as number, end as number) === quote &&
        section !== undefined &&
        (section['start'] as number) <= (start as number) &&
        (end as number) <= (section['end'] as number);
      if (!ok) checked.push(`MISMATCH ${what}: ${JSON.stringify(quote)}`);
      else checked.push('ok');
    };
    for (const r of rels) {
      if (r.type === 'EVIDENCE')
        check(r.props['quote'], r.props['start'], r.props['end'], r.toKey, `${r.fromKey} evidence`);
      else if (r.type === 'MENTIONS')
        check(r.props['text'], r.props['start'], r.props['end'], r.fromKey, `mention of ${r.toKey}`);
      else if (Array.isArray(r.props['quotes'])) {
        const { quotes = [], starts, ends, sectionIds } = r.props as Record<string, unknown[] | undefined>;
        quotes.forEach((q, i) => {
          check(q, starts?.[i], ends?.[i], sectionIds?.[i], `${r.fromKey} ${r.type} ${r.toKey}`);
        });
      }
    }
    expect(checked.filter((c) => c !== 'ok')).toEqual([]);
    expect(checked.length).toBeGreaterThan(1000);
  });

  it('gives every entity an English name, unique like its other spellings', () => {
    const { compiled } = compilePlanFolder(folder);
    const missing = compiled?.graph.entities.filter((e) => typeof e.props['englishName'] !== 'string');
    expect(missing?.map((e) => e.name)).toEqual([]);
    expect(compiled?.graph.entities.length).toBe(264);
  });

  it('gives every entity at least one quote that names it', async () => {
    const rels = await connection.db.read(queries.graphDigestRelationships, { planId: PLAN });
    const nodes = await connection.db.read(queries.graphDigestNodes, { planId: PLAN });
    const entities = nodes.filter((n) => n.labels.includes('Entity')).map((n) => n.props);
    const unquoted = entities.filter((e) => {
      const names = [e['name'], ...(e['aliases'] as string[])] as string[];
      return !rels.some(
        (r) =>
          r.type === 'EVIDENCE' &&
          r.fromKey === e['id'] &&
          names.some((n) => (r.props['quote'] as string).includes(n)),
      );
    });
    expect(unquoted.map((e) => e['id'])).toEqual([]);
  });

  it('leaves no candidate name in the text unmodelled and unexplained, in every plan folder (npm run coverage)', () => {
    const folders = listPlanFolders(fromRoot('data', 'plans'));
    expect(folders).toContain(folder);
    for (const dir of folders) {
      const { compiled, problems } = compilePlanFolder(dir);
      expect(problems).toEqual([]);
      if (compiled === undefined) throw new Error(`${dir} not compiled`);
      expect({ dir, uncovered: findUncovered(compiled) }).toEqual({ dir, uncovered: [] });
    }
  });

  it('decides every pair the text names together and explains every entity linked to nothing (npm run coverage)', () => {
    for (const dir of listPlanFolders(fromRoot('data', 'plans'))) {
      const { compiled } = compilePlanFolder(dir);
      if (compiled === undefined) throw new Error(`${dir} not compiled`);
      const coverage = relationCoverage(compiled);
      expect({
        dir,
        undecided: coverage.undecided.map((c) => `${c.sectionPath} ${c.a.name} ~ ${c.b.name}`),
        stale: coverage.stale,
        orphans: coverage.orphans.map((e) => e.name),
      }).toEqual({ dir, undecided: [], stale: [], orphans: [] });
      expect(coverage.pairs).toBeGreaterThan(0);
      // At most a tenth of the entities are linked to nothing, each with the reason the plan gives none.
      expect(coverage.unlinkedCount).toBeLessThanOrEqual(compiled.graph.entities.length / 10);
    }
  });
});
