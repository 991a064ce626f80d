// Names holding every word of one of $splits (the text cut in two: G60创新港 → G60 + 创新港), in any order and
// with anything between: what a text typed without spaces means when no spelling holds it whole. The first
// CONTAINS uses the text index; hits are ranked by the shortest spelling that holds the words, then name length.
UNWIND $splits AS words
MATCH (n:Name)
WHERE n.value CONTAINS words[0] AND all(w IN words WHERE n.value CONTAINS w)
  AND ($planId IS NULL OR n.planId = $planId)
MATCH (n)-[:NAMES]->(e:Entity)
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, min(size(n.value)) AS shortest
RETURN e {.*, text: null} AS entity, shortest
ORDER BY shortest, size(e.name), e.id
LIMIT toInteger($limit)
