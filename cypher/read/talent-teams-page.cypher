MATCH (e:TalentTeam)
WHERE ($after IS NULL OR e.id > $after)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($role IS NULL OR $role IN e.roles)
  AND ($developedById IS NULL OR EXISTS { (:Entity {id: $developedById})-[:DEVELOPS|SERVES]->(e) })
RETURN e {.*} AS entity
ORDER BY e.id
LIMIT toInteger($limit)
