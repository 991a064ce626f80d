import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.js';
import { withoutLocations } from '../helpers/execute.js';

const names = (...list: string[]) => list.map((name) => ({ name }));
const edge = (type: string, from: string, to: string) => ({ type, from: { name: from }, to: { name: to } });

describe('path', () => {
  const api = useApi();

  it('finds the shortest chain either way along relationships, with each edge’s evidence', async () => {
    expect(
      await api.execute(`{
        two: path(from: "清华大学", to: "市委人才办") { length nodes { name } edges { type from { name } to { name } evidence { quote } } }
        same: path(from: "精密制造", to: "精密制造业") { length nodes { name } edges { type } }
      }`),
    ).toEqual({
      data: {
        two: {
          length: 2,
          nodes: names('清华大学', '诸暨市人才发展“十四五”规划', '市委人才办'),
          edges: [
            {
              ...edge('PARTNERS_WITH', '清华大学', '诸暨市人才发展“十四五”规划'),
              evidence: [
                { quote: '与清华大学、上海交大、浙江大学、浙江农林大学暨阳学院等高校深化产学研合作' },
              ],
            },
            {
              ...edge('LEADS', '市委人才办', '诸暨市人才发展“十四五”规划'),
              evidence: [{ quote: '市委人才办牵头制定规划任务分解和重大工程实施办法' }],
            },
          ],
        },
        same: { length: 0, nodes: names('精密制造'), edges: [] },
      },
    });
  });

  it('says whether the plan links the two directly, and prefers stated hops to a reading, flagging one', async () => {
    const hop = (type: string, basis: string, from: string, to: string, quotes: string[]) => ({
      type,
      basis,
      from: { name: from },
      to: { name: to },
      evidence: quotes.map((quote) => ({ quote })),
    });
    const fields =
      'length direct throughReading directLinks { type basis } nodes { name } edges { type basis from { name } to { name } evidence { quote } }';
    expect(
      await api.execute(`{
        linked: path(from: "诸暨经济开发区", to: "数智安防") { ${fields} }
        chain: path(from: "诸暨英才计划", to: "数智安防") { ${fields} }
        stated: path(from: "铜材精密加工", to: "精密制造") { length direct throughReading directLinks { type basis } nodes { name } edges { basis } }
        reading: path(from: "铜材精密加工", to: "精密制造", maxHops: 3) { ${fields} }
      }`),
    ).toEqual({
      data: {
        // 五(一): 以诸暨经济开发区为主平台……在数智安防……等产业构建原始创新战略力量.
        linked: {
          length: 1,
          direct: true,
          throughReading: false,
          directLinks: [{ type: 'SUPPORTS', basis: 'STATED' }],
          nodes: names('诸暨经济开发区', '数智安防'),
          edges: [
            hop('SUPPORTS', 'STATED', '诸暨经济开发区', '数智安防', [
              '以诸暨经济开发区为主平台,聚焦发展重量级未来产业,科学规划科创资源的核心承载区,在数智安防、现代环保、新汽车、航空航天、智能制造、生命健康等产业构建原始创新战略力量',
            ]),
          ],
        },
        // The plan never links the two: the answer is a chain of four stated hops, and says so.
        chain: {
          length: 4,
          direct: false,
          throughReading: false,
          directLinks: [],
          nodes: names('诸暨英才计划', '院士', '院士(专家)工作站', '产业人才集聚平台', '数智安防'),
          edges: [
            hop('DEVELOPS', 'SAME_SENTENCE', '诸暨英才计划', '院士', [
              '靶向实施“诸暨英才计划”,纵深推进“双招双引”专项行动,加大海内外院士柔性引进力度',
            ]),
            hop('DEVELOPS', 'SAME_SENTENCE', '院士(专家)工作站', '院士', ['全市建有院士(专家)工作站31家']),
            hop('PART_OF', 'HEADING', '院士(专家)工作站', '产业人才集聚平台', [
              '(一)产业人才集聚平台',
              '全方位布局院士(专家)工作站、博士后工作站、学会服务工作站等创新平台',
            ]),
            hop('SUPPORTS', 'HEADING', '产业人才集聚平台', '数智安防', [
              '(一)产业人才集聚平台',
              '在数智安防、现代环保、新汽车、航空航天、智能制造、生命健康等产业构建原始创新战略力量',
            ]),
          ],
        },
        // Linked directly only by a READING: within 4 hops a chain of stated hops exists, and is preferred;
        // directLinks still shows the reading.
        stated: {
          length: 4,
          direct: true,
          throughReading: false,
          directLinks: [{ type: 'PART_OF', basis: 'READING' }],
          nodes: names('铜材精密加工', '区域主导产业', '时尚袜艺', '优势制造业', '精密制造'),
          edges: [{ basis: 'STATED' }, { basis: 'STATED' }, { basis: 'STATED' }, { basis: 'STATED' }],
        },
        // Within 3 hops only the reading joins them: taken, and flagged.
        reading: {
          length: 1,
          direct: true,
          throughReading: true,
          directLinks: [{ type: 'PART_OF', basis: 'READING' }],
          nodes: names('铜材精密加工', '精密制造'),
          edges: [
            hop('PART_OF', 'READING', '铜材精密加工', '精密制造', [
              '以精密制造、时尚袜艺、美丽珍珠为主导的优势制造业',
              '围绕时尚袜业、美丽珍珠、铜材精密加工等区域主导产业',
            ]),
          ],
        },
      },
    });
  });

  it('answers a selection without the links the same as one with them, through fragments too', async () => {
    // The statement reads the chain's links and the direct ones only when selected (cypher/read/path-by-names).
    const ask = (selection: string) =>
      `path(from: "铜材精密加工", to: "精密制造", maxHops: 3) { ${selection} }`;
    const answer = await api.execute(`
      {
        full: ${ask('length throughReading direct directLinks { type } nodes { name } edges { basis }')}
        lean: ${ask('length throughReading nodes { name }')}
        named: ${ask('...Links')}
        inline: ${ask('... on Path { directLinks { type } }')}
        none: path(from: "诸暨英才计划", to: "现代商贸", maxHops: 6) { length }
      }
      fragment Links on Path { direct edges { basis } }
    `);
    const full = {
      length: 1,
      throughReading: true,
      direct: true,
      directLinks: [{ type: 'PART_OF' }],
      nodes: names('铜材精密加工', '精密制造'),
      edges: [{ basis: 'READING' }],
    };
    expect(answer).toEqual({
      data: {
        full,
        lean: { length: full.length, throughReading: full.throughReading, nodes: full.nodes },
        named: { direct: full.direct, edges: full.edges },
        inline: { directLinks: full.directLinks },
        none: null,
      },
    });
  });

  it('gives null when no chain is short enough, NOT_FOUND for an unknown name, BAD_USER_INPUT for maxHops outside 1–6', async () => {
    // 诸暨英才计划 and 现代商贸 are 7 hops apart: beyond maxHops 6, the most there is; 先进制造 and 现代服务业 are 5 apart.
    expect(
      await api.execute(`{
        none: path(from: "诸暨英才计划", to: "现代商贸", maxHops: 6) { length }
        tooShort: path(from: "数字经济一号工程", to: "生命健康", maxHops: 2) { length }
        enough: path(from: "数字经济一号工程", to: "生命健康", maxHops: 3) { length }
        fiveHops: path(from: "先进制造", to: "现代服务业", maxHops: 5) { length }
        defaultFour: path(from: "先进制造", to: "现代服务业") { length }
      }`),
    ).toEqual({
      data: {
        none: null,
        tooShort: null,
        enough: { length: 3 },
        fiveHops: { length: 5 },
        defaultFour: null,
      },
    });
    const hops = { code: 'BAD_USER_INPUT', argumentName: 'maxHops', range: { min: 1, max: 6 } };
    const cases: [string, string, Record<string, unknown>][] = [
      [
        'from: "不存在的计划", to: "青年人才"',
        'No entity is named "不存在的计划" (from).',
        { code: 'NOT_FOUND', argumentName: 'from', suggestions: [] },
      ],
      ['from: "青年人才", to: "  "', 'to must not be empty.', { code: 'BAD_USER_INPUT', argumentName: 'to' }],
      // Never capped: a search longer than 6 hops is refused, not quietly shortened.
      ...[0, -1, 7, 1000].map((maxHops): [string, string, Record<string, unknown>] => [
        `from: "先进制造", to: "现代服务业", maxHops: ${maxHops}`,
        'maxHops must be an integer from 1 to 6.',
        hops,
      ]),
    ];
    for (const [args, message, extensions] of cases) {
      expect(withoutLocations(await api.execute(`{ path(${args}) { length } }`))).toEqual({
        data: { path: null },
        errors: [{ message, path: ['path'], extensions }],
      });
    }
  });
});

describe('neighborhood', () => {
  const api = useApi();

  it('returns the entities one or two relationships away and the relationships among them', async () => {
    expect(
      withoutLocations(
        await api.execute(`{
        one: neighborhood(name: "家燕归巢计划") { center { name } truncated nodes { name } edges { type from { name } to { name } } }
        two: neighborhood(name: "家燕归巢计划", depth: 2, limit: 5) { truncated nodes { name } edges { type from { name } to { name } } }
        unknown: neighborhood(name: "不存在") { truncated }
      }`),
      ),
    ).toEqual({
      data: {
        one: {
          center: { name: '家燕归巢计划' },
          truncated: false,
          nodes: names('家燕归巢计划', '大学生', '本土大学生人才库', '青年人才'),
          edges: [
            edge('DEVELOPS', '本土大学生人才库', '大学生'),
            edge('DEVELOPS', '本土大学生人才库', '青年人才'),
            edge('DEVELOPS', '家燕归巢计划', '大学生'),
            edge('DEVELOPS', '家燕归巢计划', '青年人才'),
            edge('RELIES_ON', '家燕归巢计划', '本土大学生人才库'),
            edge('PART_OF', '大学生', '青年人才'),
          ],
        },
        two: {
          truncated: true,
          nodes: names('家燕归巢计划', '大学生', '本土大学生人才库', '青年人才', '人才强市'),
          edges: [
            edge('DEVELOPS', '本土大学生人才库', '大学生'),
            edge('DEVELOPS', '本土大学生人才库', '青年人才'),
            edge('DEVELOPS', '人才强市', '青年人才'),
            edge('DEVELOPS', '家燕归巢计划', '大学生'),
            edge('DEVELOPS', '家燕归巢计划', '青年人才'),
            edge('RELIES_ON', '家燕归巢计划', '本土大学生人才库'),
            edge('PART_OF', '大学生', '青年人才'),
          ],
        },
        unknown: null,
      },
      errors: [
        {
          message: 'No entity is named "不存在" (name).',
          path: ['unknown'],
          extensions: { code: 'NOT_FOUND', argumentName: 'name', suggestions: [] },
        },
      ],
    });
  });

  it('answers a selection without the edges with the same entities, and reads them through a fragment', async () => {
    // The statement reads the relationships among the entities only when `edges` is selected.
    const ask = (selection: string) =>
      `neighborhood(name: "家燕归巢计划", depth: 2, limit: 5) { ${selection} }`;
    const edges = 'edges { type from { name } to { name } }';
    const answer = await api.execute(`
      {
        full: ${ask(`truncated center { name } nodes { name } ${edges}`)}
        lean: ${ask('truncated center { name } nodes { name }')}
        named: ${ask('...Edges')}
      }
      fragment Edges on Subgraph { nodes { name } ${edges} }
    `);
    const full = answer.data?.['full'] as {
      truncated: boolean;
      center: unknown;
      nodes: unknown;
      edges: unknown[];
    };
    // The answer the test above spells out: five entities, seven relationships.
    expect(full.nodes).toEqual(names('家燕归巢计划', '大学生', '本土大学生人才库', '青年人才', '人才强市'));
    expect(full.edges).toHaveLength(7);
    expect(answer).toEqual({
      data: {
        full,
        lean: { truncated: full.truncated, center: full.center, nodes: full.nodes },
        named: { nodes: full.nodes, edges: full.edges },
      },
    });
  });

  it('refuses a depth other than 1 or 2 and a limit outside 1–200, on the field, with the range', async () => {
    for (const [args, argumentName, max] of [
      ['depth: 3', 'depth', 2],
      ['depth: 0', 'depth', 2],
      ['limit: 0', 'limit', 200],
      ['limit: 201', 'limit', 200],
    ] as const) {
      expect(
        withoutLocations(await api.execute(`{ neighborhood(name: "青年人才", ${args}) { truncated } }`)),
      ).toEqual({
        data: { neighborhood: null },
        errors: [
          {
            message: `${argumentName} must be an integer from 1 to ${max}.`,
            path: ['neighborhood'],
            extensions: { code: 'BAD_USER_INPUT', argumentName, range: { min: 1, max } },
          },
        ],
      });
    }
  });
});
