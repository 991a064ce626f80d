// Substring match over every spelling (text index); catches one-character queries the bigram index misses.
// Closest first: the shortest matching spelling is the nearest to what was typed.
MATCH (n:Name)
WHERE n.value CONTAINS $text AND ($planId IS NULL OR n.planId = $planId)
MATCH (n)-[:NAMES]->(e:Entity)
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, collect(n.value) AS matched, min(size(n.value)) AS shortest
RETURN e {.*, text: null} AS entity, matched
ORDER BY shortest, e.id
LIMIT toInteger($limit)
