import { buildSchema, parse, validate, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/__generated__/schema-types.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { interpretOperation, operationName } from '../../src/read/interpret/operations.js';
import { RULES } from '../../src/read/interpret/rules.js';

describe('interpret operations', () => {
  const schema = buildSchema(loadTypeDefs());
  const intents = (schema.getType('Intent')?.toConfig() as { values: Record<string, unknown> }).values;

  it('has one static operation for every intent, each a document of its own that is valid against the schema', () => {
    const names = Object.keys(intents) as Intent[];
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const intent of names) {
      const { name, text } = interpretOperation(intent);
      expect(name).toBe(operationName(intent));
      const document = parse(text);
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operations).toHaveLength(1);
      expect(validate(schema, document)).toEqual([]);
    }
    expect(operationName('NOT_RELATED')).toBe('InterpretNotRelated');
  });

  it('has rules for every intent but none it cannot answer, and refusing rules say so', () => {
    const answered = new Set(RULES.flatMap((r) => (r.intent === null ? [] : [r.intent])));
    expect([...answered].sort()).toEqual(Object.keys(intents).sort());
    expect(RULES.filter((r) => r.intent === null).length).toBeGreaterThan(0);
  });
});
