import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { HOSTILE_STRINGS } from './hostile-strings.js';

/** Names the graph holds, so generated operations often reach real data. */
const NAMES = [
  '精密制造',
  '时尚袜艺',
  '美丽珍珠',
  '诸暨英才计划',
  'G60诸暨创新港',
  '高技能人才',
  '青年人才',
  '袜',
  '珍珠',
];

const stringValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** A GraphQL literal for an input type, valid for the type most of the time (JSON quoting is GraphQL's). */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<string> {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  if (isListType(type))
    return fc
      .array(valueFor(type.ofType, depth + 1), { maxLength: 3 })
      .map((items) => `[${items.join(', ')}]`);
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    if (depth > 2) return fc.constant('{}');
    const fields = Object.values(type.getFields());
    return fc
      .subarray(fields, { maxLength: Math.min(2, fields.length) })
      .chain((chosen) =>
        fc.tuple(...chosen.map((f) => valueFor(f.type, depth + 1).map((v) => `${f.name}: ${v}`))),
      )
      .map((parts) => `{ ${parts.join(', ')} }`);
  }
  switch (type.name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -2, max: 120 }), fc.constantFrom(0, 1, 2, 20, 100, 101)).map(String);
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map(String);
    case 'Boolean':
      return fc.boolean().map(String);
    default:
      return stringValue.map((s) => JSON.stringify(s));
  }
}

function argumentsFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
  if (field.args.length === 0) return fc.constant('');
  const required = field.args.filter((a) => isNonNullType(a.type));
  const optional = field.args.filter((a) => !isNonNullType(a.type));
  return fc
    .subarray(optional, { maxLength: Math.min(2, optional.length) })
    .chain((extra) =>
      fc.tuple(...[...required, ...extra].map((a) => valueFor(a.type).map((v) => `${a.name}: ${v}`))),
    )
    .map((parts) => (parts.length > 0 ? `(${parts.join(', ')})` : ''));
}

/** A selection set on `type`, at most `depth` levels of objects below it. */
function selectionFor(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    const base = isInterfaceType(type) ? fieldsOf(schema, type, depth) : fc.constant('__typename');
    return fc.tuple(base, fc.constantFrom(...possible)).chain(([common, concrete]) =>
      fc.oneof(
        fc.constant(common),
        fieldsOf(schema, concrete, depth).map((own) => `${common} ... on ${concrete.name} { ${own} }`),
      ),
    );
  }
  return fieldsOf(schema, type, depth);
}

function fieldsOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant('__typename');
  const fields = Object.values(type.getFields()).filter((f) => depth > 0 || isLeafType(getNamedType(f.type)));
  if (fields.length === 0) return fc.constant('__typename');
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((field) => {
          const named = getNamedType(field.type);
          const sub = isLeafType(named)
            ? fc.constant('')
            : selectionFor(schema, named, depth - 1).map((s) => ` { ${s} }`);
          return fc.tuple(argumentsFor(field), sub).map(([args, s]) => `${field.name}${args}${s}`);
        }),
      ),
    )
    .map((parts) => parts.join(' '));
}

/** Operations built from the schema: valid in shape, with arguments that are sometimes valid. */
export function validOperation(schema: GraphQLSchema): fc.Arbitrary<string> {
  return fc
    .integer({ min: 0, max: 3 })
    .chain((depth) => fieldsOf(schema, schema.getQueryType() ?? undefinedQuery(), depth + 1))
    .map((selection) => `{ ${selection} }`);
}

/** A valid operation broken in one of the ways clients and attackers break them. */
export function brokenOperation(schema: GraphQLSchema): fc.Arbitrary<string> {
  return fc
    .tuple(
      validOperation(schema),
      fc.nat(),
      fc.constantFrom(...HOSTILE_STRINGS, '{', '}', '(', '...', '@', '$x', 'query', '#'),
    )
    .chain(([operation, at, junk]) => {
      const position = at % (operation.length + 1);
      return fc.constantFrom(
        operation.slice(0, position),
        operation.slice(0, position) + junk + operation.slice(position),
        operation.replace(/\b[a-z]\w*/, junk),
        `${operation} ${operation}`,
        operation.replaceAll('{', '{ '.repeat(1 + (at % 3))),
        `query Q($v: Int) ${operation}`,
        `mutation ${operation}`,
        `subscription ${operation}`,
      );
    });
}

function undefinedQuery(): never {
  throw new Error('the schema has a Query type');
}
