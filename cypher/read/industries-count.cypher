MATCH (e:Industry)
WHERE ($planId IS NULL OR e.planId = $planId)
  AND ($categoryId IS NULL OR EXISTS { (e)-[:IN_CATEGORY]->(:Entity {id: $categoryId}) })
  AND ($supported IS NULL OR EXISTS { (e)<-[:SUPPORTS]-(:Platform) } = $supported)
RETURN count(e) AS total
