// Every curated relationship between entities (all plans, or leaving entities of $planId), with its evidence
// as stored (parallel lists), by source id, type and target id: the edges of a whole-graph export.
MATCH (a:Entity)-[r:{{curatedTypes}}]->(b:Entity)
WHERE $planId IS NULL OR a.planId = $planId
WITH a, r, b ORDER BY a.id, type(r), b.id
RETURN r {.basis, .quotes, .starts, .ends, .sectionIds, type: type(r), fromId: a.id, toId: b.id} AS relation
