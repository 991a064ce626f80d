// A filter by a linked entity (supports, develops, serves, developedBy, supported) counts the links of its parts
// too (PART_OF or IN_CATEGORY below it, any depth), as the entity's own lists do.
MATCH (e:TalentTeam)
WHERE ($after IS NULL OR e.id > $after)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($role IS NULL OR $role IN e.roles)
  AND ($developedById IS NULL OR EXISTS { (:Entity {id: $developedById})<-[:IN_CATEGORY|PART_OF*0..]-(:Entity)-[:DEVELOPS|SERVES]->(e) })
RETURN e {.*} AS entity
ORDER BY e.id
LIMIT toInteger($limit)
