import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';

/**
 * The items of an expert re-read of data/plans/zhuji-2021 against the plan text (issue 24), each as the API
 * answers it now: a link added or re-typed, a reading dropped and the pair dismissed with its reason, a name the
 * plan uses added with its quotes.
 */
describe('the dataset as re-read against the plan text', () => {
  const api = useApi();

  it('records a platform that serves a team as SERVES, which both typed fields follow', async () => {
    const result = await api.execute(`{
      platform(name: "高层次人才公共服务平台") {
        talentTeams { name }
        relations(direction: OUT, types: ["SERVES", "DEVELOPS"]) { type basis to { name } }
      }
      talentTeam(name: "高层次人才") {
        servedBy: relations(direction: IN, types: ["SERVES"]) { from { kind name } }
        platforms { name }
      }
    }`);
    expect(result).toEqual({
      data: {
        platform: {
          talentTeams: [{ name: '高层次人才' }],
          relations: [{ type: 'SERVES', basis: 'SAME_SENTENCE', to: { name: '高层次人才' } }],
        },
        talentTeam: {
          servedBy: expect.arrayContaining([
            { from: { kind: 'PLATFORM', name: '高层次人才公共服务平台' } },
          ]) as unknown,
          platforms: expect.arrayContaining([{ name: '高层次人才公共服务平台' }]) as unknown,
        },
      },
    });
  });

  it('counts the enterprise technology centres, research institutes and R&D centres among the 企业研发机构', async () => {
    const result = await api.execute(`{
      platform(name: "企业研发机构") { parts { name } relations(direction: IN) { type basis from { name } } }
      centre: platform(name: "企业技术中心") { partOf { name } }
      institute: platform(name: "企业研究院") { partOf { name } }
    }`);
    const parts = ['企业技术中心', '企业研究院', '农业企业科技研发中心', '高新技术企业研发中心'];
    expect(result).toEqual({
      data: {
        platform: {
          parts: parts.map((name) => ({ name })).sort((a, b) => a.name.localeCompare(b.name)),
          relations: expect.arrayContaining(
            parts.map((name) => ({ type: 'PART_OF', basis: 'READING', from: { name } })),
          ) as unknown,
        },
        centre: { partOf: [{ name: '产业人才集聚平台' }, { name: '企业研发机构' }] },
        institute: { partOf: [{ name: '产业人才集聚平台' }, { name: '企业研发机构' }] },
      },
    });
    const relations = (result.data?.['platform'] as { relations: unknown[] }).relations;
    expect(relations).toHaveLength(parts.length);
  });

  it('gives 研发人员, measured by an indicator but linked to no entity, the reason the plan links it to nothing', async () => {
    const result = await api.execute(
      '{ talentTeam(name: "研发人员") { relationCount unlinkedReason indicators { name } } }',
    );
    expect(result).toEqual({
      data: {
        talentTeam: {
          relationCount: 0,
          unlinkedReason: expect.stringContaining('每万名劳动力中研发人员数量达185人年') as unknown,
          indicators: [{ name: '每万名劳动力中研发人员数' }],
        },
      },
    });
  });
});
