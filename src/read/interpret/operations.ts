import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import type { Intent } from '../../__generated__/schema-types.js';
import { fromRoot } from '../../paths.js';

/** An intent's operation: its name and its whole text (the operation, then the fragments it uses). */
export interface InterpretOperation {
  readonly name: string;
  readonly text: string;
}

/** `RELATED` → `InterpretRelated`, `NOT_RELATED` → `InterpretNotRelated`. */
export function operationName(intent: Intent): string {
  return (
    'Interpret' +
    intent
      .toLowerCase()
      .split('_')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join('')
  );
}

/**
 * Splits a document into its operations, each printed with the fragments it spreads (transitively), so each is
 * a document of its own that runs as is.
 */
export function splitOperations(source: string): Map<string, string> {
  const document = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const spreads = (node: DefinitionNode): string[] => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
    return names;
  };
  const operations = new Map<string, string>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || d.name === undefined) continue;
    const used: string[] = [];
    const queue = spreads(d);
    while (queue.length > 0) {
      const name = queue.shift() as string;
      const fragment = fragments.get(name);
      if (used.includes(name) || fragment === undefined) continue;
      used.push(name);
      queue.push(...spreads(fragment));
    }
    const parts = [d, ...used.map((name) => fragments.get(name) as FragmentDefinitionNode)];
    operations.set(d.name.value, parts.map((p) => print(p)).join('\n\n'));
  }
  return operations;
}

let loaded: Map<string, string> | undefined;

/** The operation that answers an intent, from `schema/operations/interpret.graphql` (read once). */
export function interpretOperation(intent: Intent): InterpretOperation {
  loaded ??= splitOperations(readFileSync(fromRoot('schema', 'operations', 'interpret.graphql'), 'utf8'));
  const name = operationName(intent);
  const text = loaded.get(name);
  if (text === undefined) throw new Error(`schema/operations/interpret.graphql has no operation ${name}`);
  return { name, text };
}
