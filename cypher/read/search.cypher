// Every band of a search in one statement (one round trip). Spellings are names, aliases and English names,
// folded (NFKC, Traditional → Simplified, Latin case).
// literal and variant: one scan of the text index for $stem, the text without a generic suffix (or the text
// itself): a spelling holding the text holds its stem too. Literal hits hold the text and are ranked as the API
// ranks: an exact spelling, then one starting with the text, then one containing it; shorter spellings first,
// then shorter names, then ids. Variant hits hold only the stem, ranked the same way by it.
MATCH (n:Name)
WHERE n.value CONTAINS $stem AND ($planId IS NULL OR n.planId = $planId)
MATCH (n)-[:NAMES]->(e:Entity)
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, n.value AS value
WITH e,
  min(CASE WHEN value CONTAINS $text
    THEN CASE WHEN value = $text THEN 0 WHEN value STARTS WITH $text THEN 1 ELSE 2 END * 1000 + size(value)
  END) AS rank,
  min(CASE WHEN value = $stem THEN 0 WHEN value STARTS WITH $stem THEN 1 ELSE 2 END * 1000 + size(value)) AS stemRank
ORDER BY rank, CASE WHEN rank IS NULL THEN stemRank END, size(e.name), e.id
// Only the rows a band can return are kept, a top-k rather than a sort of every match. The literal rows come
// first, so the first $limit + $bandLimit rows hold the first $limit literal ones and, when there are fewer (the
// only time variant ones are returned), at least $bandLimit variant ones; without a stem every row is literal,
// and $limit rows suffice. The order is total (ids last): these are the first rows of the whole ranking.
LIMIT toInteger($limit + CASE WHEN $stem = $text THEN 0 ELSE $bandLimit END)
WITH collect({entity: e, literal: rank IS NOT NULL}) AS rows
WITH [x IN [r IN rows WHERE r.literal | r.entity][..toInteger($limit)] | x {.*, text: null}] AS literal,
  [r IN rows WHERE NOT r.literal | r.entity] AS stemmed
WITH literal, CASE WHEN $stem = $text THEN [] ELSE [x IN stemmed[..toInteger($bandLimit)] | x {.*, text: null}] END AS variant
// A two-character stem (珍珠产业 → 珍珠) is one bigram of the full-text index, which finds it without the scan
// of every spelling a text index does below three characters; ranked as above.
CALL {
  WITH literal
  WITH literal WHERE size(literal) < $limit AND $shortStem IS NOT NULL
  CALL db.index.fulltext.queryNodes('name_words', $shortStem) YIELD node AS n
  WHERE n.value CONTAINS $variant AND ($planId IS NULL OR n.planId = $planId)
  MATCH (n)-[:NAMES]->(e:Entity)
  WHERE $kinds IS NULL OR e.kind IN $kinds
  WITH e, min(CASE WHEN n.value = $variant THEN 0 WHEN n.value STARTS WITH $variant THEN 1 ELSE 2 END * 1000 + size(n.value)) AS rank
  ORDER BY rank, size(e.name), e.id
  LIMIT toInteger($bandLimit)
  RETURN collect(e {.*, text: null}) AS shortVariant
}
// candidates: the cjk full-text index (character bigrams), best first, when the literal hits do not fill the
// page. $fulltext is a Lucene query built by the caller (the typed words as phrases, or any of the text's
// bigrams); the caller sorts the candidates into bands. Note: Lucene's best $candidates spellings only (those
// sharing the most and rarest bigrams with the text), a fixed number: any of the bigrams matches thousands of
// spellings in a large graph, and a number that followed `first` would let `first` change the order.
CALL {
  WITH literal
  WITH literal WHERE size(literal) < $limit AND $fulltext IS NOT NULL
  CALL db.index.fulltext.queryNodes('name_words', $fulltext, {limit: $candidates}) YIELD node, score
  WHERE ($planId IS NULL OR node.planId = $planId)
    // With $parts, only spellings that can be in a lower band: holding every word of one of $parts (the typed
    // words, or the text cut in two), within $maxEdits of the text's length, or holding $variant.
    AND ($parts IS NULL
      OR any(words IN $parts WHERE all(w IN words WHERE node.value CONTAINS w))
      OR abs(size(node.value) - size($text)) <= $maxEdits
      OR node.value CONTAINS $variant)
  MATCH (node)-[:NAMES]->(e:Entity)
  WHERE $kinds IS NULL OR e.kind IN $kinds
  WITH e, max(score) AS score
  ORDER BY score DESC, e.id
  RETURN collect({entity: e {.*, text: null}, score: score}) AS candidates
}
RETURN literal, CASE WHEN size(literal) < $limit THEN variant + shortVariant ELSE [] END AS variant, candidates
