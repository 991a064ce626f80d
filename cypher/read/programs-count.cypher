// A filter by a linked entity (supports, develops, serves, developedBy, supported) counts the links of its parts
// too (PART_OF or IN_CATEGORY below it, any depth), as the entity's own lists do.
MATCH (e:Program)
WHERE ($planId IS NULL OR e.planId = $planId)
  AND ($type IS NULL OR e.type = $type)
  AND ($developsId IS NULL OR EXISTS { (e)-[:DEVELOPS|SERVES]->(:Entity)-[:IN_CATEGORY|PART_OF*0..]->(:Entity {id: $developsId}) })
  AND ($servesId IS NULL OR EXISTS { (e)-[:SERVES]->(:Entity)-[:IN_CATEGORY|PART_OF*0..]->(:Entity {id: $servesId}) })
RETURN count(e) AS total
