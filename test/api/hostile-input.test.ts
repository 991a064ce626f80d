import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { HOSTILE_STRINGS } from '../helpers/hostile-strings.js';
import { useHttpApi } from '../helpers/http-api.js';
import { testQueries } from '../helpers/test-queries.js';

const schema = buildSchema(loadTypeDefs());
const queryType = schema.getQueryType() ?? missingQueryType();

function missingQueryType(): never {
  throw new Error('the schema has a Query type');
}

/** A field with a String argument, reached from the root through fields without required arguments. */
interface Target {
  readonly path: readonly { field: GraphQLField<unknown, unknown>; args: string }[];
  readonly argument: string;
}

/** Every String (or [String]) argument of every field reachable within two levels of a root field. */
function stringArgumentTargets(): Target[] {
  const targets: Target[] = [];
  const known: Record<string, string> = {
    name: '"精密制造"',
    from: '"精密制造"',
    to: '"时尚袜艺"',
    text: '"袜"',
  };
  const requiredArgs = (field: GraphQLField<unknown, unknown>, except: string) =>
    field.args
      .filter((a) => a.name !== except && isNonNullType(a.type))
      .map((a) => `${a.name}: ${known[a.name] ?? '"x"'}`)
      .join(', ');
  for (const root of Object.values(queryType.getFields())) {
    for (const arg of root.args) {
      if (isStringish(arg.type))
        targets.push({ path: [{ field: root, args: requiredArgs(root, arg.name) }], argument: arg.name });
    }
    const type = getNamedType(root.type);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const child of Object.values(type.getFields())) {
      for (const arg of child.args) {
        if (isStringish(arg.type) && !child.args.some((a) => a !== arg && isNonNullType(a.type))) {
          targets.push({
            path: [
              { field: root, args: requiredArgs(root, '') },
              { field: child, args: '' },
            ],
            argument: arg.name,
          });
        }
      }
    }
  }
  return targets;
}

function isStringish(type: GraphQLInputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  const item = isListType(inner) ? (isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType) : inner;
  return isScalarType(item) && (item.name === 'String' || item.name === 'ID') && !isInputObjectType(item);
}

/** The operation for one target, the hostile value passed as the variable $v. */
function operationFor(target: Target): string {
  const levels = target.path;
  const last = levels.at(-1);
  const argType = last?.field.args.find((a) => a.name === target.argument)?.type.toString();
  if (last === undefined || argType === undefined) throw new Error('a target has a field and an argument');
  let selection = leafSelection(last.field);
  for (const [i, { field, args }] of [...levels.entries()].reverse()) {
    const all = [args, field === last.field ? `${target.argument}: $v` : ''].filter(Boolean).join(', ');
    selection = `${field.name}${all ? `(${all})` : ''}${selection}`;
    if (i > 0) selection = ` { ${selection} }`;
  }
  return `query($v: ${argType}) { ${selection} }`;
}

function leafSelection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return '';
  return ' { __typename }';
}

describe('hostile strings in every String argument', () => {
  const api = useHttpApi();
  let before: { nodes: number; relationships: number } | undefined;
  beforeAll(async () => {
    [before] = await api.db.read(testQueries.graphSize, {});
  });

  const targets = stringArgumentTargets();

  it('finds the String arguments to attack', () => {
    const names = targets.map((t) => `${t.path.map((p) => p.field.name).join('.')}(${t.argument})`);
    // The entry points a client types names into, at least.
    for (const expected of [
      'entity(name)',
      'industry(name)',
      'search(text)',
      'path(from)',
      'path(to)',
      'neighborhood(name)',
    ])
      expect(names).toContain(expected);
    expect(targets.length).toBeGreaterThan(15);
  });

  it('treats them as data: never a 5xx, an internal error or a Neo4j message; the graph unchanged', async () => {
    const failures: string[] = [];
    const cases = targets.flatMap((target) => {
      const query = operationFor(target);
      const list = /\[/.test(query.slice(0, query.indexOf(')')));
      return HOSTILE_STRINGS.map((value) => ({ query, value, variables: { v: list ? [value] : value } }));
    });
    // Eight at a time: a few thousand requests, bounded.
    const next = cases.entries();
    const worker = async () => {
      for (const [, { query, value, variables }] of next) {
        const response = await api.post({ query, variables });
        const problem =
          response.status >= 500
            ? `status ${response.status}`
            : /INTERNAL_SERVER_ERROR|Neo4j|Neo\.|stacktrace|\n\s+at /.test(response.text)
              ? `body ${response.text.slice(0, 200)}`
              : undefined;
        if (problem) failures.push(`${query} given ${JSON.stringify(value).slice(0, 40)}: ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(cases.length).toBeGreaterThan(500);
    expect(failures).toEqual([]);
    const [after] = await api.db.read(testQueries.graphSize, {});
    expect(after).toEqual(before);
    // About 1,500 bounded requests: alone about 30 s, longer beside the other tiers on two cores.
  }, 240_000);
});
