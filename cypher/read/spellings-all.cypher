// Every spelling (name, alias, English name, shortening; folded) of every entity of $planId, or of the newest plan
// when it is null (as lookups read it): the vocabulary a question is read against. Longest spellings first, so the
// first match is the longest.
CALL {
  MATCH (p:Plan)
  WHERE $planId IS NULL OR p.id = $planId
  RETURN p.id AS plan ORDER BY p.recency DESC LIMIT 1
}
MATCH (n:Name {planId: plan})-[:NAMES]->(e:Entity)
RETURN n.value AS value, e {.*, text: null} AS entity
ORDER BY size(n.value) DESC, e.id
