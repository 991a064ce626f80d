MATCH (e:Platform)
WHERE ($planId IS NULL OR e.planId = $planId)
  AND ($type IS NULL OR e.type = $type)
  AND ($collective IS NULL OR e.collective = $collective)
  AND ($supportsId IS NULL OR EXISTS { (e)-[:SUPPORTS]->(:Entity {id: $supportsId}) })
RETURN count(e) AS total
