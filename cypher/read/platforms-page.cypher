MATCH (e:Platform)
WHERE ($after IS NULL OR e.id > $after)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($type IS NULL OR e.type = $type)
  AND ($collective IS NULL OR e.collective = $collective)
  AND ($supportsId IS NULL OR EXISTS { (e)-[:SUPPORTS]->(:Entity {id: $supportsId}) })
RETURN e {.*} AS entity
ORDER BY e.id
LIMIT toInteger($limit)
