/** Every IRI an export mints starts with this: `urn:plan-graph:<id>`. */
export const URN_PREFIX = 'urn:plan-graph:';

/** The graph's own terms (kinds, relationship types, indicator fields): `pg:` in JSON-LD. */
export const VOCABULARY = `${URN_PREFIX}vocab:`;

// Note: an IRI may hold letters of any script (RFC 3987 ucschar), so Chinese ids stay readable; what an IRI may
// not hold (spaces, quotes, <>, {}, |, \, ^, `, controls, noncharacters), and `%`, `?` and `#`, which would
// change its meaning, are percent-encoded as UTF-8, so the id can be read back unambiguously.
const NOT_IN_IRI =
  /[^A-Za-z0-9\-._~!$&'()*+,;=:@/\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF\u{10000}-\u{1FFFD}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}]/gu;

/** The IRI for a graph id (entity, indicator, section …): `urn:plan-graph:` and the id, encoded where need be. */
export function toIri(id: string): string {
  return URN_PREFIX + id.replace(NOT_IN_IRI, percentEncode);
}

/** A character as percent-encoded UTF-8 (`%E7%BE%8E`). */
export function percentEncode(char: string): string {
  // Note: Buffer writes a lone surrogate as U+FFFD's bytes, where encodeURIComponent would throw.
  return [...Buffer.from(char, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}
