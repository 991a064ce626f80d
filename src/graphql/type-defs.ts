import { readFileSync, readdirSync } from 'node:fs';
import { fromRoot } from '../paths.js';

/** The contract: every `schema/*.graphql` file, in name order (the same files codegen reads). */
export function loadTypeDefs(): string {
  const dir = fromRoot('schema');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(`${dir}/${name}`, 'utf8'))
    .join('\n');
}

/** An operation from `schema/operations/<name>.graphql` (the examples shown in Sandbox and the README). */
export function loadOperation(name: string): string {
  return readFileSync(fromRoot('schema', 'operations', `${name}.graphql`), 'utf8');
}
