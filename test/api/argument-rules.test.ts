import { describe, expect, it } from 'vitest';
import { withoutLocations, type Execution } from '../helpers/execute.js';
import { useHttpApi } from '../helpers/http-api.js';

/**
 * One rule for arguments, on every root field (docs/api.md: Unknown names and out-of-range arguments), over the HTTP
 * front door: an unknown name, plan, category, type or path is NOT_FOUND on that field alone, with the closest
 * known values; a number out of range is BAD_USER_INPUT on that field alone, with the range. Always HTTP 200,
 * and the sibling field `plans` keeps its answer.
 */
describe('argument rules', () => {
  const api = useHttpApi();

  /** Asks `field` beside `plans { id }` and returns the status and the body, errors without locations. */
  const ask = async (field: string, variables?: Record<string, unknown>) => {
    const response = await api.post({
      query: `query ${variables === undefined ? '' : '($n: Int)'} { ${field} plans { id } }`,
      ...(variables === undefined ? {} : { variables }),
    });
    return [response.status, withoutLocations(response.json() as Execution)];
  };

  /** HTTP 200, the field null, `plans` answered, and exactly one error: this one, on this field. */
  const fieldError = (name: string, message: string, extensions: Record<string, unknown>) => [
    200,
    {
      data: { [name]: null, plans: [{ id: 'zhuji-2021' }] },
      errors: [{ message, path: [name], extensions }],
    },
  ];
  const notFound = (argumentName: string, suggestions: string[]) => ({
    code: 'NOT_FOUND',
    argumentName,
    suggestions,
  });

  it('answers an unknown name in a lookup with null and NOT_FOUND, suggesting close names', async () => {
    for (const [field, name, message, suggestions] of [
      ['entity(name: "美丽珍株") { name }', 'entity', 'No entity is named "美丽珍株" (name).', ['美丽珍珠']],
      [
        'industry(name: "数智安放") { name }',
        'industry',
        'No industry is named "数智安放" (name).',
        ['数智安防'],
      ],
      [
        'industryCategory(name: "优势制造") { name }',
        'industryCategory',
        'No industry category is named "优势制造" (name).',
        ['优势制造业'],
      ],
      [
        'platform(name: "G60创新港") { name }',
        'platform',
        'No platform is named "G60创新港" (name).',
        ['G60诸暨创新港'],
      ],
      [
        'program(name: "家燕回巢计划") { name }',
        'program',
        'No program is named "家燕回巢计划" (name).',
        ['家燕归巢计划'],
      ],
      [
        'talentTeam(name: "青年人材") { name }',
        'talentTeam',
        'No talent team is named "青年人材" (name).',
        ['青年人才'],
      ],
      // A name of another kind is no name of the kind asked.
      ['goal(name: "人才强市") { name }', 'goal', '"人才强市" is a program, not a goal (name).', []],
      ['policy(name: "人才新政") { name }', 'policy', 'No policy is named "人才新政" (name).', []],
    ] as const) {
      const didYouMean = suggestions.length === 0 ? '' : ` Did you mean: ${suggestions.join(', ')}?`;
      expect(await ask(field)).toEqual(
        fieldError(name, `${message}${didYouMean}`, notFound('name', [...suggestions])),
      );
    }
  });

  it('answers an unknown name in a list filter with NOT_FOUND on that list alone, never a silent empty page', async () => {
    for (const [field, name, argumentName, message, suggestions] of [
      [
        'platforms(supports: "数智安放") { totalCount }',
        'platforms',
        'supports',
        'No industry is named "数智安放" (supports).',
        ['数智安防'],
      ],
      [
        'platforms(supports: "区块链") { totalCount }',
        'platforms',
        'supports',
        'No industry is named "区块链" (supports).',
        [],
      ],
      [
        'programs(develops: "高技能人材") { totalCount }',
        'programs',
        'develops',
        'No talent team is named "高技能人材" (develops).',
        ['高技能人才'],
      ],
      [
        'programs(serves: "数智安放") { totalCount }',
        'programs',
        'serves',
        'No industry is named "数智安放" (serves).',
        ['数智安防'],
      ],
      [
        'industries(category: "优势制造") { totalCount }',
        'industries',
        'category',
        'No industry category is named "优势制造" (category).',
        ['优势制造业'],
      ],
      [
        'talentTeams(developedBy: "诸暨英才") { totalCount }',
        'talentTeams',
        'developedBy',
        'No program is named "诸暨英才" (developedBy).',
        ['诸暨英才计划'],
      ],
      [
        'platforms(type: "飞") { totalCount }',
        'platforms',
        'type',
        'No platform type is "飞" (type).',
        ['飞地'],
      ],
      [
        'programs(type: "计") { totalCount }',
        'programs',
        'type',
        'No program type is "计" (type).',
        ['计划'],
      ],
      [
        'indicators(category: "人才引进") { name }',
        'indicators',
        'category',
        'No indicator category is "人才引进" (category).',
        ['人才引育'],
      ],
    ] as const) {
      const didYouMean = suggestions.length === 0 ? '' : ` Did you mean: ${suggestions.join(', ')}?`;
      expect(await ask(field)).toEqual(
        fieldError(name, `${message}${didYouMean}`, notFound(argumentName, [...suggestions])),
      );
    }
  });

  it('answers an unknown name in path and neighborhood as lookups do: null and NOT_FOUND naming the argument', async () => {
    for (const [field, name, argumentName, message, suggestion] of [
      [
        'path(from: "诸暨英才记划", to: "青年人才") { length }',
        'path',
        'from',
        'No entity is named "诸暨英才记划" (from).',
        '诸暨英才计划',
      ],
      [
        'path(from: "青年人才", to: "数智安放") { length }',
        'path',
        'to',
        'No entity is named "数智安放" (to).',
        '数智安防',
      ],
      [
        'neighborhood(name: "美丽珍株") { truncated }',
        'neighborhood',
        'name',
        'No entity is named "美丽珍株" (name).',
        '美丽珍珠',
      ],
    ] as const) {
      expect(await ask(field)).toEqual(
        fieldError(name, `${message} Did you mean: ${suggestion}?`, notFound(argumentName, [suggestion])),
      );
    }
  });

  it('answers an unknown plan, section path or plan id with NOT_FOUND, suggesting the closest known', async () => {
    const plan = 'No plan has the id "zhuji-2020" (plan). Did you mean: zhuji-2021?';
    for (const [field, name] of [
      ['industries(plan: "zhuji-2020") { totalCount }', 'industries'],
      ['industry(name: "精密制造", plan: "zhuji-2020") { name }', 'industry'],
      ['platforms(supports: "精密制造", plan: "zhuji-2020") { totalCount }', 'platforms'],
      ['indicators(plan: "zhuji-2020") { name }', 'indicators'],
      ['observations(plan: "zhuji-2020") { name }', 'observations'],
      ['search(text: "人才", plan: "zhuji-2020") { score }', 'search'],
      ['passages(text: "人才", plan: "zhuji-2020") { quote }', 'passages'],
      ['path(from: "青年人才", to: "大学生", plan: "zhuji-2020") { length }', 'path'],
      ['neighborhood(name: "青年人才", plan: "zhuji-2020") { truncated }', 'neighborhood'],
      ['interpret(question: "哪些平台支撑数智安防", plan: "zhuji-2020") { explanation }', 'interpret'],
    ] as const) {
      expect(await ask(field)).toEqual(fieldError(name, plan, notFound('plan', ['zhuji-2021'])));
    }
    expect(await ask('plan(id: "zhuji-2020") { id }')).toEqual(
      fieldError(
        'plan',
        'No plan has the id "zhuji-2020" (id). Did you mean: zhuji-2021?',
        notFound('id', ['zhuji-2021']),
      ),
    );
    expect(await ask('section(path: "五/(一") { title }')).toEqual(
      fieldError(
        'section',
        'No section path is "五/(一" (path). Did you mean: 五/(一)?',
        notFound('path', ['五/(一)']),
      ),
    );
  });

  it('keeps an empty answer to known names empty, and checks nothing more when the answer is found', async () => {
    // The plan names no program serving 精密制造: a true empty answer, not an error.
    expect(await ask('programs(serves: "精密制造") { totalCount }')).toEqual([
      200,
      { data: { programs: { totalCount: 0 }, plans: [{ id: 'zhuji-2021' }] } },
    ]);
    // A known plan and type cost no statement of their own: they are checked only when the page is empty.
    api.db.reset();
    const [status] = await ask('platforms(type: "飞地", plan: "zhuji-2021") { edges { node { name } } }');
    expect(status).toBe(200);
    expect([...api.db.calls].sort()).toEqual(['compiled/list', 'read/plans-all']);
  });

  it('refuses a number out of range with BAD_USER_INPUT and the range, on that field alone, never capped', async () => {
    const outOfRange = (argumentName: string, min: number, max: number) => ({
      code: 'BAD_USER_INPUT',
      argumentName,
      range: { min, max },
    });
    for (const [field, name, argumentName, max, variables] of [
      ['industries(first: 0) { totalCount }', 'industries', 'first', 100, undefined],
      ['platforms(first: -1) { totalCount }', 'platforms', 'first', 100, undefined],
      ['programs(first: 1000) { totalCount }', 'programs', 'first', 100, undefined],
      ['talentTeams(first: $n) { totalCount }', 'talentTeams', 'first', 100, { n: 1000 }],
      ['search(text: "人才", first: 0) { score }', 'search', 'first', 100, undefined],
      ['searchResults(text: "人才", first: $n) { totalCount }', 'searchResults', 'first', 100, { n: 101 }],
      ['passages(text: "人才", first: 1000) { quote }', 'passages', 'first', 100, undefined],
      ['path(from: "先进制造", to: "现代服务业", maxHops: 50) { length }', 'path', 'maxHops', 6, undefined],
      ['path(from: "先进制造", to: "现代服务业", maxHops: 0) { length }', 'path', 'maxHops', 6, undefined],
      ['neighborhood(name: "青年人才", depth: 3) { truncated }', 'neighborhood', 'depth', 2, undefined],
      ['neighborhood(name: "青年人才", limit: 0) { truncated }', 'neighborhood', 'limit', 200, undefined],
      ['neighborhood(name: "青年人才", limit: $n) { truncated }', 'neighborhood', 'limit', 200, { n: 1000 }],
    ] as const) {
      api.db.reset();
      expect(await ask(field, variables)).toEqual(
        fieldError(
          name,
          `${argumentName} must be an integer from 1 to ${max}.`,
          outOfRange(argumentName, 1, max),
        ),
      );
      // Refused before any statement: only `plans` read the database.
      expect(api.db.calls).toEqual(['read/plans-all']);
    }
  });
});
