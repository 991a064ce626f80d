// One Name node per canonical name or alias (NFKC), so a lookup by any spelling is an index seek.
UNWIND $names AS x
MATCH (e:Entity {id: x.entityId})
CREATE (:Name {planId: $planId, value: x.value})-[:NAMES]->(e)
