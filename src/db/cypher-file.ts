import { readFileSync } from 'node:fs';
import { LIMITS } from '../domain/limits.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
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
  return { name, text: cypherText(name) };
}

/**
 * What a statement needs as a literal, written once here and put in where a file says `{{name}}`: a parameter
 * would do for neither. Neo4j expands only the relationship types a pattern names (a `type(r) IN $types` filter
 * expands every type first), and a variable-length pattern's bound must be a literal.
 */
const LITERALS: Readonly<Record<string, string>> = {
  /** Every curated relationship type, the walk between entities (never EVIDENCE, MENTIONS …). */
  curatedTypes: RELATION_TYPES.join('|'),
  /** The longest path searched, `path(maxHops:)`'s bound. */
  pathHops: String(LIMITS.pathHops),
};

/** The text of `cypher/<name>.cypher` as Neo4j gets it: every `{{name}}` replaced, an unknown one refused. */
export function cypherText(name: string): string {
  const raw = readFileSync(fromRoot('cypher', `${name}.cypher`), 'utf8');
  return raw
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const literal = LITERALS[key];
      if (literal === undefined) throw new Error(`cypher/${name}.cypher: no literal is called {{${key}}}`);
      return literal;
    })
    .trim();
}
