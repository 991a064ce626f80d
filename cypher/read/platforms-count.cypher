// A filter by a linked entity (supports, develops, serves, developedBy, supported) counts the links of its parts
// too (PART_OF or IN_CATEGORY below it, any depth), as the entity's own lists do.
MATCH (e:Platform)
WHERE ($planId IS NULL OR e.planId = $planId)
  AND ($type IS NULL OR e.type = $type)
  AND ($collective IS NULL OR e.collective = $collective)
  AND ($supportsId IS NULL OR EXISTS { (e)-[:SUPPORTS]->(:Entity)-[:IN_CATEGORY|PART_OF*0..]->(:Entity {id: $supportsId}) })
RETURN count(e) AS total
