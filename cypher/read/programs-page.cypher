MATCH (e:Program)
WHERE ($after IS NULL OR e.id > $after)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($type IS NULL OR e.type = $type)
  AND ($developsId IS NULL OR EXISTS { (e)-[:DEVELOPS|SERVES]->(:Entity {id: $developsId}) })
  AND ($servesId IS NULL OR EXISTS { (e)-[:SERVES]->(:Entity {id: $servesId}) })
RETURN e {.*} AS entity
ORDER BY e.id
LIMIT toInteger($limit)
