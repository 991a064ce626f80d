import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/connect.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { fromRoot } from '../../src/paths.js';
import { interpretRules } from '../../src/read/interpret/interpret-rules.js';
import { countingDb, type CountingDb } from '../helpers/counting-db.js';
import { createTestServer, type Execution } from '../helpers/execute.js';
import { validOperation } from '../helpers/operation-arbitrary.js';
import { connectToTestNeo4j } from '../helpers/test-neo4j.js';

type Execute = (
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
) => Promise<Execution>;

/**
 * One server reading with compiled statements, one through the DataLoaders only, on the same graph: every answer
 * must be identical, errors included, and the compiled one must take one statement where it compiles.
 */
const both = {} as { compiled: Execute; loaders: Execute; db: CountingDb };
let connection: Connection;
const servers: { stop(): Promise<void> }[] = [];
beforeAll(async () => {
  connection = await connectToTestNeo4j();
  both.db = countingDb(connection.db);
  const compiled = await createTestServer(both.db);
  const loaders = await createTestServer(connection.db, { compiledReads: false });
  servers.push(compiled, loaders);
  both.compiled = compiled.execute;
  both.loaders = loaders.execute;
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await connection.driver.close();
});

async function expectSameAnswers(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const compiled = await both.compiled(query, variables, operationName);
  const loaders = await both.loaders(query, variables, operationName);
  expect(compiled, query).toEqual(loaders);
  return compiled;
}

/** The entities of an answer, at any depth: an equivalence test on empty answers would prove nothing. */
function countNames(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countNames(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (n, [key, v]) => n + (key === 'name' && typeof v === 'string' ? 1 : countNames(v)),
    0,
  );
}

// Selections chosen to reach every part of the compiler: lookups of each kind, the four lists with each filter,
// relationship fields with and without parts and bases, counts of every direction, fragments, aliases,
// directives, fields left to the loaders beside compiled ones, and the errors of unknown names and kinds.
const SHAPES: [string, Record<string, unknown>?][] = [
  ['{ industry(name: "精密制造") { name platforms { name } own: platforms(includeParts: false) { name } } }'],
  [
    '{ industry(name: "精密制造") { id key aliases englishName note category { name } categories { name } } }',
  ],
  [
    '{ industry(name: "数字经济") { platforms { name type level collective status programs { name type talentTeams { name roles } } } programs { name talentTeams { name } } } }',
  ],
  [
    '{ industry(name: "数智安防") { platforms(basis: [STATED]) { name } heading: platforms(basis: [HEADING, STATED]) { name } talentTeams { name } } }',
  ],
  [
    '{ talentTeam(name: "社会事业人才") { name parts { name } programs { name } own: programs(includeParts: false) { name } partOf { name } industries { name } } }',
  ],
  [
    '{ platform(name: "G60诸暨创新港") { name parts { name partOf { name } } industries { name } talentTeams { name } programs { name } institutions { name } } }',
  ],
  [
    '{ program(name: "诸暨英才计划") { name type talentTeams { name } industries { name } platforms { name } institutions { name } ledBy { name } } }',
  ],
  [
    '{ industryCategory(name: "现代产业体系") { name system key industries { name } parts { name industries(includeParts: false) { name } } } }',
  ],
  ['{ industryCategory(name: "优势制造业") { partOf { name } industries { name relationCount } } }'],
  [
    `{ industry(name: "精密制造") {
        all: relationCount
        out: relationCount(direction: OUT)
        in: relationCount(direction: IN)
        own: relationCount(includeParts: false)
        ownIn: relationCount(direction: IN, includeParts: false)
        supports: relationCount(direction: IN, types: ["SUPPORTS"], kinds: [PLATFORM])
        stated: relationCount(basis: [STATED])
        twoTypes: relationCount(types: ["SUPPORTS", "SERVES"], includeParts: false)
        categories: relationCount(direction: OUT, types: ["IN_CATEGORY"], kinds: [INDUSTRY_CATEGORY])
        twoKinds: relationCount(kinds: [PLATFORM, PROGRAM])
        noKinds: relationCount(kinds: [])
      } }`,
  ],
  ['{ industry(name: "精密制造") { bad: relationCount(types: ["NOPE"]) none: relationCount(types: []) } }'],
  [
    '{ institution(name: "市委人才办") { name type partners { name } hosts { name } leads { name } programs { name } } }',
  ],
  ['{ goal(name: "三区一杆一高地") { name parts { name } partOf { name } } }'],
  [
    '{ policy(name: "诸暨市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要") { name plans { name title } } }',
  ],
  ['{ industry(name: "精密制造", plan: "zhuji-2021") { name platforms(includeParts: false) { name } } }'],
  ['{ industry(name: "精密制造", plan: "nowhere") { name } }'],
  ['{ industry(name: "诸暨英才计划") { name platforms { name } } }'],
  ['{ industry(name: "精蜜制造") { name } }'],
  ['{ industry(name: "   ") { name } }'],
  ['{ platform(name: "经开区") { name } }'],
  [
    'query ($skip: Boolean!, $parts: Boolean) { industry(name: "精密制造") { name platforms(includeParts: $parts) @skip(if: $skip) { name } ...F } } fragment F on Industry { programs { name ... on Program { type } } ... on Entity { id kind } }',
    { skip: false, parts: false },
  ],
  [
    'query ($skip: Boolean!) { industry(name: "精密制造") { name platforms @include(if: $skip) { name } } }',
    { skip: false },
  ],
  [
    '{ industry(name: "精密制造") { __typename name evidence { quote } mentions { text } relations { type from { name } via { name } } } }',
  ],
  [
    '{ industries(first: 30) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name platforms { name } } } } }',
  ],
  ['{ industries(first: 5, supported: false) { edges { node { name relationCount } } } }'],
  ['{ industries(supported: true, first: 100) { edges { node { name } } } }'],
  ['{ industries(category: "现代产业体系", first: 100) { edges { node { name category { name } } } } }'],
  ['{ industries(category: "优势制造业") { totalCount edges { node { name } } } }'],
  ['{ industries(category: "不存在的类别") { edges { node { name } } } }'],
  ['{ industries(plan: "zhuji-2021", first: 3) { edges { node { name } } } }'],
  ['{ industries(plan: "nowhere") { edges { node { name } } } }'],
  ['{ industries(first: 0) { edges { node { name } } } }'],
  ['{ industries(after: "bogus") { edges { node { name } } } }'],
  ['{ platforms(first: 100) { edges { node { name industries { name } } } } }'],
  ['{ platforms(type: "产业平台") { edges { node { name type } } } }'],
  ['{ platforms(collective: true) { edges { node { name collective } } } }'],
  ['{ platforms(supports: "精密制造") { edges { node { name } } } }'],
  ['{ platforms(type: "没有的类型") { edges { node { name } } } }'],
  ['{ programs(first: 100) { edges { node { name type talentTeams { name } } } } }'],
  ['{ programs(develops: "高技能人才") { edges { node { name } } } }'],
  ['{ programs(serves: "精密制造") { edges { node { name } } } }'],
  ['{ programs(type: "机制", develops: "青年人才") { edges { node { name } } } }'],
  ['{ talentTeams(first: 100) { edges { node { name roles programs { name } } } } }'],
  ['{ talentTeams(role: KEY_TEAM) { edges { node { name } } } }'],
  ['{ talentTeams(developedBy: "诸暨英才计划") { edges { node { name } } } }'],
  [
    '{ a: industries(first: 3) { edges { node { name platforms { name } } } } b: industries(first: 3) { edges { node { platforms(includeParts: false) { name } } } } }',
  ],
  [
    '{ industries(first: 3) { a: edges { node { name platforms { name } } } b: edges { node { platforms(includeParts: false) { name } } } } }',
  ],
  ['{ entity(name: "精密制造") { name ... on Industry { platforms { name } } } }'],
  [
    '{ a: entity(name: "G60诸暨创新港") { __typename name kind relationCount ... on Platform { type industries { name } } ... on Industry { platforms { name } } } b: entity(name: "数智安防") { __typename name ... on Platform { type industries { name } } ... on Industry { key platforms(includeParts: false) { name } } } }',
  ],
  [
    '{ entity(name: "高技能人才") { name relations(kinds: [PROGRAM]) { type from { name } } ... on TalentTeam { roles parts { name } } } }',
  ],
  [
    '{ entity(name: "诸暨市人才发展“十四五”规划") { name kind ... on Plan { title issuer documentNumber periodEnd partners { name } ledBy { name } } } }',
  ],
  ['{ entity(name: "诸暨市人才发展“十四五”规划") { ... on Plan { title plan { title region } } } }'],
  ['{ entity(name: "不存在的名字") { name } }'],
];

describe('compiled reads', () => {
  it('answer every selection exactly as the loaders do', async () => {
    let names = 0;
    for (const [query, variables] of SHAPES) names += countNames(await expectSameAnswers(query, variables));
    expect(names).toBeGreaterThan(500);
    // Each new selection is a statement Neo4j plans once: slow on the tests' cold, C1-only JVM.
  }, 240_000);

  it('answer every Sandbox operation and every interpreted example exactly as the loaders do', async () => {
    const document = readFileSync(fromRoot('schema', 'operations', 'questions.graphql'), 'utf8');
    const operations = [...document.matchAll(/^query (\w+)/gm)].map((m) => m[1] ?? '');
    expect(operations.length).toBeGreaterThanOrEqual(10);
    let names = 0;
    for (const name of operations) names += countNames(await expectSameAnswers(document, undefined, name));
    const rules = interpretRules();
    for (const rule of rules) {
      const read = await both.compiled(
        'query ($q: String!) { interpret(question: $q) { operationName operation variables } }',
        { q: rule.example },
      );
      const { operationName, operation, variables } = (
        read.data as {
          interpret: { operationName: string; operation: string; variables: Record<string, unknown> };
        }
      ).interpret;
      names += countNames(await expectSameAnswers(operation, variables, operationName));
    }
    expect(names).toBeGreaterThan(300);
  }, 240_000);

  it('answer generated operations exactly as the loaders do', async () => {
    const schema = buildSchema(loadTypeDefs());
    await fc.assert(
      fc.asyncProperty(validOperation(schema), async (query) => {
        await expectSameAnswers(query);
      }),
      { seed: 20261207, numRuns: 100, endOnFailure: true },
    );
  }, 120_000);
});

// The benchmark's shapes (bench/lib/shapes.ts), on the real plan.
const B1 = '{ industry(name: "数智安防") { name platforms(includeParts: false) { name } } }';
const B2 =
  '{ industries(first: 20) { edges { node { name platforms(includeParts: false) { name programs(includeParts: false) { name } } } } } }';
const B3 =
  '{ industries(first: 50) { edges { node { name platforms: relationCount(direction: IN, types: ["SUPPORTS"], kinds: [PLATFORM], includeParts: false) programs: relationCount(direction: IN, types: ["SERVES"], kinds: [PROGRAM], includeParts: false) } } } }';
const B4 = '{ platforms(first: 10) { edges { node { name } } } }';

describe('compiled statements', () => {
  it.each([
    ['B1', B1, 'compiled/lookup'],
    ['B2', B2, 'compiled/list'],
    ['B3', B3, 'compiled/list'],
    ['B4', B4, 'compiled/list'],
    [
      'an entity of any kind',
      '{ entity(name: "G60诸暨创新港") { name ... on Platform { industries { name } } ... on Industry { platforms { name } } ... on TalentTeam { programs { name } } } }',
      'compiled/lookup',
    ],
  ])('read %s with one statement, built for its selection', async (shape, query, name) => {
    both.db.reset();
    const answer = await both.compiled(query);
    expect(answer.errors).toBeUndefined();
    expect(countNames(answer.data)).toBeGreaterThan(3);
    expect(both.db.calls).toEqual([name]);
    expect(both.db.texts[0]).toMatchSnapshot(shape);
  });

  it('read four levels with one statement, and again after the statement is cached', async () => {
    const query =
      '{ industries(first: 20) { edges { node { name platforms { name programs { name talentTeams { name relationCount } } } } } } }';
    for (let i = 0; i < 2; i++) {
      both.db.reset();
      const answer = await both.compiled(query);
      expect(answer.errors).toBeUndefined();
      expect(countNames(answer.data)).toBeGreaterThan(100);
      expect(both.db.calls).toEqual(['compiled/list']);
    }
  });

  it('leave to the loaders what does not compile, batched as before', async () => {
    both.db.reset();
    const answer = await both.compiled(
      '{ industries(first: 100) { edges { node { name evidence { quote } platforms { name evidence { quote } } } } } }',
    );
    expect(countNames(answer.data)).toBeGreaterThan(30);
    // The page and the platforms in one statement; the evidence of both levels in one batch, since the
    // compiled statement brings both levels at once.
    expect([...both.db.calls].sort()).toEqual(['compiled/list', 'read/entity-evidence-by-ids']);
  });
});
