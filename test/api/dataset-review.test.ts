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
});
