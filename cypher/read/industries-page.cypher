MATCH (e:Industry)
WHERE ($after IS NULL OR e.id > $after)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($categoryId IS NULL OR EXISTS { (e)-[:IN_CATEGORY]->(:Entity {id: $categoryId}) })
  AND ($supported IS NULL OR EXISTS { (e)<-[:SUPPORTS]-(:Platform) } = $supported)
RETURN e {.*} AS entity
ORDER BY e.id
LIMIT toInteger($limit)
