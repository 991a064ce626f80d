import { describe, expect, it } from 'vitest';
import { leaveOutRefused } from '../../src/draft/leave-out-refused.js';
import { listEntry } from '../../src/import/compile/problems.js';

describe('leaving out what the importer refuses in a draft', () => {
  const files = {
    'plan.yaml': { plan: { id: 'qingxi' } },
    'indicators.yaml': {
      table: [
        { row: '高技能人才', key: 'draft-row-1', measures: ['高技能人才'], statedIn: ['高技能人才4.5万人'] },
      ],
      written: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
    },
    'relations.yaml': { relations: [{ type: 'SUPPORTS' }, { type: 'DEVELOPS' }] },
  };
  const problem = (file: string, list: string, index: number) => ({
    file: `/plans/.qingxi.draft-1/${file}`,
    ...listEntry(list, index, 'x'),
    reason: 'refused',
  });

  it('drops each refused entry, and of a table row only what the draft added to it', () => {
    const pruned = leaveOutRefused(files, [
      problem('indicators.yaml', 'written', 1),
      problem('indicators.yaml', 'table', 0),
      problem('relations.yaml', 'relations', 0),
      problem('relations.yaml', 'relations', 0),
    ]);
    expect(pruned?.files).toEqual({
      'plan.yaml': files['plan.yaml'],
      'indicators.yaml': {
        table: [{ row: '高技能人才', key: 'draft-row-1' }],
        written: [{ key: 'a' }, { key: 'c' }],
      },
      'relations.yaml': { relations: [{ type: 'DEVELOPS' }] },
    });
    expect(pruned?.leftOut).toHaveLength(4);
    expect(pruned?.leftOut[0]).toBe('written[1] (x): refused');
  });

  it('leaves nothing out when a problem is about no list entry (plan.yaml, the text)', () => {
    expect(
      leaveOutRefused(files, [
        problem('indicators.yaml', 'written', 1),
        { file: '/plans/x/plan.yaml', entry: 'plan.title', reason: 'not in the text' },
      ]),
    ).toBeUndefined();
  });
});
