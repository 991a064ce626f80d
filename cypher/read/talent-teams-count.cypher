MATCH (e:TalentTeam)
WHERE ($planId IS NULL OR e.planId = $planId)
  AND ($role IS NULL OR $role IN e.roles)
  AND ($developedById IS NULL OR EXISTS { (:Entity {id: $developedById})-[:DEVELOPS|SERVES]->(e) })
RETURN count(e) AS total
