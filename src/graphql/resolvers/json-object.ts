import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literal(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.LIST:
      return node.values.map((v) => literal(v, variables));
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.VARIABLE:
      return variables?.[node.name.value];
  }
}

/** A JSON object, as is: the variables of an interpreted question. */
export const JSONObject = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  serialize: (value) => {
    if (!isObject(value)) throw new GraphQLError('JSONObject can only serialize an object.');
    return value;
  },
  parseValue: (value) => {
    if (!isObject(value)) throw new GraphQLError('A JSONObject must be a JSON object.');
    return value;
  },
  parseLiteral: (node, variables) => {
    const value = literal(node, variables);
    if (!isObject(value)) throw new GraphQLError('A JSONObject must be an object literal.');
    return value;
  },
});
