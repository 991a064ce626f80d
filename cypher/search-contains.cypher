// Substring match over every spelling (text index); catches one-character queries the bigram index misses.
MATCH (n:Name)
WHERE n.value CONTAINS $text AND ($planId IS NULL OR n.planId = $planId)
MATCH (n)-[:NAMES]->(e:Entity)
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, collect(n.value) AS matched
RETURN e {.*, text: null} AS entity, matched
LIMIT toInteger($limit)
