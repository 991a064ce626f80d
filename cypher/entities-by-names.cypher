// Lookup by any spelling (Name.value is NFKC-normalised). Without a plan, the newest plan's entity wins.
UNWIND $keys AS k
MATCH (:Name {value: k.value})-[:NAMES]->(e:Entity)
WHERE k.planId IS NULL OR e.planId = k.planId
MATCH (p:Plan {id: e.planId})
WITH k, e ORDER BY p.periodEnd DESC, p.id DESC
WITH k, collect(e)[0] AS e
RETURN k.key AS key, e {.*, text: null} AS entity
