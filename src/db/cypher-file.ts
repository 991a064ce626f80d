import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';

/**
 * One Cypher statement from `cypher/<name>.cypher`, typed by its parameters and the shape of each row it
 * returns. `Params` and `Row` exist only for the compiler.
 */
export interface Query<Params, Row> {
  readonly name: string;
  readonly text: string;
  /** Never set: carries the type parameters. */
  readonly types?: { readonly params: Params; readonly row: Row };
}

/** Loads `cypher/<name>.cypher` once; a missing file fails at start-up, not on first use. */
export function cypher<Params extends object, Row>(name: string): Query<Params, Row> {
  const text = readFileSync(fromRoot('cypher', `${name}.cypher`), 'utf8').trim();
  return { name, text };
}
