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
  /**
   * Present when the text reads its parameters from one map, `$args`, but for these, which Neo4j gets by name
   * (`boxParameters`); absent when it gets every parameter by name.
   */
  readonly byName?: ReadonlySet<string>;
  /** Never set: carries the type parameters. */
  readonly types?: { readonly params: Params; readonly row: Row };
}

/**
 * Loads `cypher/<name>.cypher` once; a missing file fails at start-up, not on first use. Note: only reads take
 * their parameters in `$args`: the writes run once an import, and a write's `SET n = $props` and `UNWIND $rows`
 * gain nothing from it.
 */
export function cypher<Params extends object, Row>(name: string): Query<Params, Row> {
  const text = cypherText(name);
  return name.startsWith('read/') ? { name, ...boxParameters(text) } : { name, text };
}

// A parameter a string predicate compares with: Neo4j uses a text index for it only when it knows it is a string.
const STRING_PREDICATE = /\b(?:CONTAINS|STARTS\s+WITH|ENDS\s+WITH)\s+\$(\w+)/gi;

/**
 * A read statement's parameters inside one map, `$args`, but those a string predicate compares with. Note: Neo4j
 * keys each cached plan on the types of the statement's parameters, and null is a type of its own, so every new
 * mix of given and left-out arguments (a `plan:`, then `kinds:` as well) was planned anew: 0.6–1.4 s of Neo4j's
 * CPU for the search, 0.3–1 s for the relationship lists, on the first request of each mix. A map's contents are
 * not part of the key: one plan per statement serves every mix. Seeks on `$args.id` are still seeks (an
 * expression of no row is as good as a parameter there), and the bench's search, path and neighbourhood are no
 * slower; only a text index needs the type, so those parameters keep their own.
 */
export function boxParameters(text: string): { text: string; byName: ReadonlySet<string> } {
  const byName = new Set([...text.matchAll(STRING_PREDICATE)].map((m) => m[1] ?? ''));
  return {
    text: text.replace(/\$(\w+)/g, (whole, param: string) => (byName.has(param) ? whole : `$args.${param}`)),
    byName,
  };
}

/** The parameters as Neo4j gets them for `query`: those it reads from `$args` go inside it. */
export function parametersFor<Params>(
  query: Query<Params, unknown>,
  params: Params,
): Record<string, unknown> {
  const all = params as Record<string, unknown>;
  const { byName } = query;
  if (byName === undefined) return all;
  const sent: Record<string, unknown> = {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) (byName.has(key) ? sent : args)[key] = value;
  return { ...sent, args };
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

/**
 * The text of `cypher/<name>.cypher` as Neo4j gets it, every `{{name}}` replaced (an unknown one refused), before
 * a read's parameters go into `$args`.
 */
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
