import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

/** Every schema element a client can see, by coordinate (`Type.field(arg:)`), with its description. */
function schemaElements(
  schema: GraphQLSchema,
): { coordinate: string; description: string | null | undefined }[] {
  const types = Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  return types.flatMap((type) => {
    const own = { coordinate: type.name, description: type.description };
    if (isObjectType(type) || isInterfaceType(type)) {
      return [
        own,
        ...Object.values(type.getFields()).flatMap((field) => [
          { coordinate: `${type.name}.${field.name}`, description: field.description },
          ...field.args.map((arg) => ({
            coordinate: `${type.name}.${field.name}(${arg.name}:)`,
            description: arg.description,
          })),
        ]),
      ];
    }
    if (isInputObjectType(type)) {
      return [
        own,
        ...Object.values(type.getFields()).map((field) => ({
          coordinate: `${type.name}.${field.name}`,
          description: field.description,
        })),
      ];
    }
    if (isEnumType(type)) {
      return [
        own,
        ...type.getValues().map((value) => ({
          coordinate: `${type.name}.${value.name}`,
          description: value.description,
        })),
      ];
    }
    return [own];
  });
}

describe('schema descriptions', () => {
  const elements = schemaElements(buildSchema(loadTypeDefs()));

  it('describes every type, field, argument, input field and enum value of the SDL', () => {
    const undescribed = elements
      .filter(({ description }) => (description ?? '').trim() === '')
      .map(({ coordinate }) => coordinate);
    expect(undescribed).toEqual([]);
  });

  it('checks the whole schema, not an empty one', () => {
    expect(elements.length).toBeGreaterThan(700);
  });
});
