import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../../src/db/connect.js';
import { graphDigest, type GraphDigest } from '../../../src/import/write/graph-digest.js';
import { importPlans } from '../../../src/import/import-plans.js';
import { DatasetError, formatProblem } from '../../../src/import/compile/problems.js';
import { parse } from 'yaml';
import { removePlan } from '../../../src/import/write/remove-plan.js';
import { ownedPlanCopy } from '../../helpers/owned-plan.js';
import { cleanEnv, spawnInProject } from '../../helpers/spawn-app.js';
import { connectToTestNeo4j, testNeo4jEnv } from '../../helpers/test-neo4j.js';

// The real plan under an id of this file's own: every import, replacement and failure below happens to it.
const owned = ownedPlanCopy('importer');
const PLAN = owned.planId;
const original = owned.dir;
afterAll(() => {
  owned.cleanUp();
});

/** The index in the real relations.yaml of the first relation that `match` picks: what a problem names. */
function relationIndex(match: (relation: { type: string; from: unknown; to: unknown }) => boolean): number {
  const { relations } = parse(readFileSync(join(original, 'relations.yaml'), 'utf8')) as {
    relations: { type: string; from: unknown; to: unknown }[];
  };
  return relations.findIndex(match);
}

/** A copy of the real plan folder, edited by `edit(file, text) → text`. */
function editedCopy(dirs: string[], edits: Record<string, (text: string) => string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'plan-graph-dataset-')), PLAN);
  dirs.push(dir);
  cpSync(original, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  }
  return dir;
}

const NEW_INDUSTRY =
  '  - name: 人工智能\n    key: artificial-intelligence\n    evidence: [大数据、人工智能、智能制造]\n';

describe('importPlans', () => {
  let connection: Connection;
  let before: GraphDigest;
  const dirs: string[] = [];

  beforeAll(async () => {
    connection = await connectToTestNeo4j();
    await importPlans(connection.db, [original]);
    before = await graphDigest(connection.db, PLAN);
  });
  afterAll(async () => {
    await removePlan(connection.db, PLAN);
    await connection.driver.close();
    for (const dir of dirs) rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  it('changes nothing when the dataset is unchanged, and rewrites the same graph when forced', async () => {
    expect(await importPlans(connection.db, [original])).toMatchObject([
      { planId: PLAN, status: 'unchanged' },
    ]);
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);
    expect(await importPlans(connection.db, [original], { force: true })).toMatchObject([
      { status: 'imported' },
    ]);
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);
  });

  it('rejects a bad dataset with every problem listed, and writes nothing', async () => {
    const dir = editedCopy(dirs, {
      // Wrong types: a list where a string belongs, a relation type that does not exist. The entries with them are
      // set aside and everything else is still checked, so the problems further down are reported too.
      'platforms.yaml': (t) => t.replace('    type: 创新港\n', '    type: 创新港\n    level: [国家级]\n'),
      'industries.yaml': (t) =>
        t
          .replace(
            '      - 以精密制造、时尚袜艺、美丽珍珠为主导的优势制造业\n      - 聚焦重点提升',
            '      - 以精密制造为主导的先进产业\n      - 聚焦重点提升',
          )
          .replace('    key: modern-environmental-protection\n', '    key: new-automobiles\n')
          .concat('  - name: 数智安防\n    key: digital-intelligent-security\n    evidence: [数智安防]\n'),
      'relations.yaml': (t) =>
        t
          .replace('    from: 研发飞地\n', '    from: 研发天地\n')
          .replace(
            '  - type: SERVES\n    from: 数字经济一号工程\n',
            '  - type: SUPPORTS\n    from: 数字经济一号工程\n',
          )
          .replace('  - type: HOSTS\n', '  - type: FUNDS\n'),
    });
    const wholeGraph = await graphDigest(connection.db, null);
    const attempt = importPlans(connection.db, [dir]);
    await expect(attempt).rejects.toThrow(DatasetError);
    const problems = await attempt.catch((error: unknown) =>
      (error as DatasetError).problems.map(formatProblem),
    );
    const file = (name: string) => join(dir, name);
    expect(problems).toEqual([
      `${file('platforms.yaml')}: platforms[5] (G60诸暨创新港).level: Invalid input: expected string, received array`,
      `${file('relations.yaml')}: relations[${relationIndex((r) => r.type === 'HOSTS')}].type: Invalid option: expected one of "IN_CATEGORY"|"PART_OF"|"SUPPORTS"|"SERVES"|"DEVELOPS"|"RELIES_ON"|"PARTNERS_WITH"|"HOSTS"|"LEADS"|"BASED_ON"`,
      `${file('industries.yaml')}: categories[1] (优势制造业): quote not found in the text: "以精密制造为主导的先进产业"`,
      `${file('industries.yaml')}: industries[11] (新汽车): duplicate key new-automobiles (also ${file('industries.yaml')} industries[10] (现代环保))`,
      `${file('industries.yaml')}: industries[26] (数智安防): duplicate id ${PLAN}:industry:数智安防 (also ${file('industries.yaml')} industries[3] (数智安防))`,
      `${file('relations.yaml')}: relations[${relationIndex((r) => r.from === '研发飞地' && r.type === 'SUPPORTS')}] (SUPPORTS 研发天地 → 先进制造,生命健康,数字经济): unknown entity "研发天地"`,
      `${file('relations.yaml')}: relations[${relationIndex((r) => r.from === '数字经济一号工程' && r.type === 'SERVES')}] (SUPPORTS 数字经济一号工程 → 数字经济): wrong type: SUPPORTS joins PLATFORM → INDUSTRY, not PROGRAM 数字经济一号工程 → INDUSTRY 数字经济`,
    ]);
    expect(await graphDigest(connection.db, null)).toEqual(wholeGraph);
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);
  });

  it('rejects a shape error, naming the file and entry', async () => {
    const dir = editedCopy(dirs, {
      'platforms.yaml': (t) => t.replace('    type: 创新港\n', '    type: 创新港\n    level: [国家级]\n'),
    });
    await expect(importPlans(connection.db, [dir])).rejects.toThrow(
      `${join(dir, 'platforms.yaml')}: platforms[5] (G60诸暨创新港).level: Invalid input: expected string, received array`,
    );
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);
  });

  it('replaces the plan when its dataset changed, and keeps the old one when the write fails midway', async () => {
    const dir = editedCopy(dirs, { 'industries.yaml': (t) => `${t}${NEW_INDUSTRY}` });
    const failing = importPlans(connection.db, [dir], {
      beforeCommit: () => Promise.reject(new Error('injected failure before commit')),
    });
    await expect(failing).rejects.toThrow('injected failure before commit');
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);

    expect(await importPlans(connection.db, [dir])).toMatchObject([{ status: 'imported' }]);
    const changed = await graphDigest(connection.db, PLAN);
    expect(changed.counts['Entity:Industry']).toBe((before.counts['Entity:Industry'] ?? 0) + 1);
    expect(await importPlans(connection.db, [original])).toMatchObject([{ status: 'imported' }]);
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);
  });

  it('answers readers from the old version until a replace commits', async () => {
    const dir = editedCopy(dirs, { 'industries.yaml': (t) => `${t}${NEW_INDUSTRY}` });
    const reader = await connectToTestNeo4j();
    try {
      let inside: () => void = () => undefined;
      const paused = new Promise<void>((resolve) => (inside = resolve));
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const replacing = importPlans(connection.db, [dir], {
        beforeCommit: async () => {
          inside();
          await held;
        },
      });
      // Everything is written and the old version's leftovers deleted, but not committed: a reader sees the old.
      await paused;
      expect(await graphDigest(reader.db, PLAN)).toEqual(before);
      release();
      expect(await replacing).toMatchObject([{ status: 'imported' }]);
      const replaced = await graphDigest(reader.db, PLAN);
      expect(replaced.counts['Entity:Industry']).toBe((before.counts['Entity:Industry'] ?? 0) + 1);
      expect(await importPlans(connection.db, [original])).toMatchObject([{ status: 'imported' }]);
      expect(await graphDigest(connection.db, PLAN)).toEqual(before);
    } finally {
      await reader.driver.close();
    }
  });

  it('serialises two concurrent imports of the same plan: both succeed, nothing is duplicated', async () => {
    const other = await connectToTestNeo4j();
    try {
      let paused: () => void = () => undefined;
      const firstInside = new Promise<void>((resolve) => (paused = resolve));
      const first = importPlans(connection.db, [original], {
        force: true,
        // Hold the first transaction open while the second starts: it must wait, not interleave.
        beforeCommit: async () => {
          paused();
          await new Promise((resolve) => setTimeout(resolve, 1_500));
        },
      });
      await firstInside;
      const second = importPlans(other.db, [original], { force: true });
      expect(await Promise.all([first, second])).toMatchObject([
        [{ status: 'imported' }],
        [{ status: 'imported' }],
      ]);
      expect(await graphDigest(connection.db, PLAN)).toEqual(before);
    } finally {
      await other.driver.close();
    }
  });

  it('refuses an oversize dataset file unread, naming it, and writes nothing', async () => {
    const dir = editedCopy(dirs, {});
    // A sparse file: 65 MiB by its size, no disk used.
    truncateSync(join(dir, 'relations.yaml'), 65 * 1024 * 1024);
    const error = await importPlans(connection.db, [dir]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems.map(formatProblem)).toEqual([
      `${join(dir, 'relations.yaml')}: (file): too large: 65.0 MiB, a dataset file may be at most 64 MiB`,
    ]);
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);
  });

  it('leaves the previous version intact when the import process is killed mid-write', async () => {
    const dir = editedCopy(dirs, { 'industries.yaml': (t) => `${t}${NEW_INDUSTRY}` });
    const cli = spawnInProject(
      process.execPath,
      ['src/cli/bin.js', 'import', dir],
      cleanEnv({ ...testNeo4jEnv(), PLAN_GRAPH_FAULT_PAUSE_BEFORE_COMMIT_MS: '60000' }),
    );
    await cli.waitFor(/paused before commit/, 60_000);
    cli.child.kill('SIGKILL');
    expect(await cli.exited(5_000)).toBe('SIGKILL');
    expect(await graphDigest(connection.db, PLAN)).toEqual(before);
  });
});

describe('plan-graph import --check', () => {
  it('exits 2 and lists every problem of a bad folder, touching no database', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'plan-graph-check-')), PLAN);
    cpSync(original, dir, { recursive: true });
    writeFileSync(join(dir, 'goals.yaml'), 'goals:\n  - name: 不存在的目标\n    evidence: [不存在的句子]\n');
    try {
      const cli = spawnInProject(
        process.execPath,
        ['src/cli/bin.js', 'import', '--check', dir],
        cleanEnv({}),
      );
      expect(await cli.exited(30_000)).toBe(2);
      const goals = [
        '长三角区域人才一体化样板区',
        '浙江制造业人才综合改革试验区',
        '数字化人才服务示范区',
        '全国人城产全面融合标杆城市',
        '杭绍甬智能制造人才高地',
      ];
      const relation = `${join(dir, 'relations.yaml')}: relations[${relationIndex((r) => r.to === '三区一杆一高地')}] (PART_OF ${goals.join(',')} → 三区一杆一高地)`;
      expect(cli.stderr()).toBe(
        [
          'The dataset has 8 problem(s); nothing was written:',
          `  ${join(dir, 'goals.yaml')}: goals[0] (不存在的目标): quote not found in the text: "不存在的句子"`,
          `  ${join(dir, 'goals.yaml')}: goals[0] (不存在的目标): neither the name nor an alias occurs in the text: 不存在的目标`,
          ...['三区一杆一高地', ...goals].map((name) => `  ${relation}: unknown entity "${name}"`),
          '',
        ].join('\n'),
      );
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
});
