// Every entity (all plans, or within $planId), by id: the nodes of a whole-graph export.
MATCH (e:Entity)
WHERE $planId IS NULL OR e.planId = $planId
RETURN e {.id, .planId, .kind, .name, .aliases, .englishName} AS entity
ORDER BY e.id
