import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDraft } from '../../../src/cli/run-draft.js';
import { importPlans } from '../../../src/import/import-plans.js';
import { removePlan } from '../../../src/import/write/remove-plan.js';
import { fromRoot } from '../../../src/paths.js';
import { useApi } from '../../helpers/api.js';

// A short plan of the family, written for this test: it names two industries 诸暨 curates (生命健康, 智能制造)
// and some of its own, and sets a target for 高技能人才 in its table as 诸暨 does.
const PLAN = `青溪县人民政府办公室关于印发青溪县人才发展“十四五”规划的通知
青政办发〔2022〕7号
青溪县人民政府办公室
2022年3月8日
青溪县人才发展“十四五”规划
为加快建设人才强县,制定本规划。
一、主要任务
(一)做强产业平台
围绕生命健康、智能制造、轨道交通等产业,高水平建设青溪人才创新港。
(二)壮大人才队伍
深入实施“雏鹰领航计划”,培育青溪工匠队伍。
二、发展目标
截至2020年底,全县高技能人才3.2万人。到2025年,高技能人才4.5万人,新增省级众创空间3家以上。
青溪县“十四五”时期人才发展主要指标
指标 | 单位 | 2020年基期数 | 2025年目标 |
高技能人才 | 万人 | 3.2 | 4.5 |
`;

/** `plan-graph draft` → `plan-graph import`: a drafted plan imports beside 诸暨 and is asked with it. */
describe('a drafted plan beside the curated one', () => {
  const api = useApi();
  const plans = mkdtempSync(join(tmpdir(), 'plan-graph-drafted-'));
  const zhuji = fromRoot('data', 'plans', 'zhuji-2021');

  beforeAll(() => {
    // The drafter reads the plans folder's other plans as its lexicon: 诸暨 is one of them.
    cpSync(zhuji, join(plans, 'zhuji-2021'), { recursive: true });
    const source = join(plans, 'qingxi.txt');
    writeFileSync(source, PLAN);
    expect(
      runDraft(
        { file: source, slug: 'qingxi-2022', force: false, report: false },
        { PLAN_GRAPH_PLANS_DIR: plans },
      ),
    ).toBe(0);
  });
  afterAll(async () => {
    await removePlan(api.db, 'qingxi-2022');
    rmSync(plans, { recursive: true, force: true });
  });

  it('imports as written, marks its entities DRAFT and 诸暨’s CURATED, and shares industries by key', async () => {
    expect(await importPlans(api.db, [zhuji, join(plans, 'qingxi-2022')])).toMatchObject([
      { planId: 'zhuji-2021', status: 'unchanged' },
      { planId: 'qingxi-2022', status: 'imported' },
    ]);
    const result = await api.execute(`{
      drafted: entities(plan: "qingxi-2022", curation: DRAFT, first: 100) { totalCount edges { node { name kind curation } } }
      curatedThere: entities(plan: "qingxi-2022", curation: CURATED, first: 100) { totalCount edges { node { kind } } }
      zhujiDrafts: entities(plan: "zhuji-2021", curation: DRAFT) { totalCount }
      platform(name: "青溪人才创新港", plan: "qingxi-2022") {
        curation industries { name } relations(types: ["SUPPORTS"]) { curation to { name } }
      }
      curatedLink: platform(name: "诸暨经济开发区", plan: "zhuji-2021") { relations(types: ["SUPPORTS"]) { curation } }
      shared: industry(name: "生命健康", plan: "zhuji-2021") { curation counterparts { name curation plan { id } } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      drafted: { totalCount: number; edges: { node: { name: string; kind: string; curation: string } }[] };
      curatedThere: { totalCount: number; edges: { node: { kind: string } }[] };
      zhujiDrafts: { totalCount: number };
      platform: {
        curation: string;
        industries: { name: string }[];
        relations: { curation: string; to: { name: string } }[];
      };
      curatedLink: { relations: { curation: string }[] };
      shared: { curation: string; counterparts: { name: string; curation: string; plan: { id: string } }[] };
    };
    // Every entity the draft wrote is a draft; the only curated entity of the drafted plan is the plan itself.
    expect(data.drafted.totalCount).toBeGreaterThan(5);
    expect(data.drafted.edges.every((e) => e.node.curation === 'DRAFT')).toBe(true);
    expect(data.drafted.edges.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['青溪人才创新港', '雏鹰领航计划', '青溪工匠', '生命健康', '轨道交通']),
    );
    expect(data.curatedThere.edges.map((e) => e.node.kind)).toEqual(['PLAN']);
    expect(data.zhujiDrafts.totalCount).toBe(0);
    // The drafted link (a platform and the industries its sentence names) reads like a curated one.
    expect(data.platform.curation).toBe('DRAFT');
    expect(data.platform.industries.map((i) => i.name)).toEqual(
      expect.arrayContaining(['生命健康', '智能制造']),
    );
    expect(data.platform.relations.length).toBeGreaterThan(1);
    expect(new Set(data.platform.relations.map((r) => r.curation))).toEqual(new Set(['DRAFT']));
    expect(data.curatedLink.relations.length).toBeGreaterThan(3);
    expect(new Set(data.curatedLink.relations.map((r) => r.curation))).toEqual(new Set(['CURATED']));
    // Which industries both plans name: 生命健康 took 诸暨's key, so each is the other's counterpart.
    expect(data.shared.curation).toBe('CURATED');
    expect(data.shared.counterparts).toEqual([
      { name: '生命健康', curation: 'DRAFT', plan: { id: 'qingxi-2022' } },
    ]);
  });

  it('answers a question across both plans: 高技能人才’s 2020 figure and 2025 target here and in 诸暨', async () => {
    const result = await api.execute(`{
      talentTeam(name: "高技能人才", plan: "qingxi-2022") {
        curation
        indicators { name target targetYear fromTable curation counterparts { target plan { id } } }
        observations { value year curation }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const { talentTeam } = result.data as {
      talentTeam: {
        curation: string;
        indicators: {
          name: string;
          target: number;
          targetYear: number;
          fromTable: boolean;
          curation: string;
          counterparts: { target: number; plan: { id: string } }[];
        }[];
        observations: { value: number; year: number; curation: string }[];
      };
    };
    // The drafted row took 诸暨's key for the same row: the two targets are counterparts.
    expect(talentTeam.indicators).toEqual([
      {
        name: '高技能人才',
        target: 4.5,
        targetYear: 2025,
        fromTable: true,
        curation: 'DRAFT',
        counterparts: [{ target: 13.5, plan: { id: 'zhuji-2021' } }],
      },
    ]);
    expect(talentTeam.observations).toEqual([{ value: 3.2, year: 2020, curation: 'DRAFT' }]);
  });
});
