// Literal match over every spelling (text index): what a researcher typed, inside a name or alias. Ranked here
// exactly as the API ranks literal hits, so LIMIT keeps the best: an exact spelling first, then a spelling
// starting with the text, then one containing it; shorter spellings (closer to the text) first, then shorter
// names, then ids.
MATCH (n:Name)
WHERE n.value CONTAINS $text AND ($planId IS NULL OR n.planId = $planId)
MATCH (n)-[:NAMES]->(e:Entity)
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, n.value AS value,
  CASE WHEN n.value = $text THEN 0 WHEN n.value STARTS WITH $text THEN 1 ELSE 2 END AS class
WITH e, min(class * 1000 + size(value)) AS rank
RETURN e {.*, text: null} AS entity
ORDER BY rank, size(e.name), e.id
LIMIT toInteger($limit)
