// A filter by a linked entity (supports, develops, serves, developedBy, supported) counts the links of its parts
// too (PART_OF or IN_CATEGORY below it, any depth), as the entity's own lists do.
// A category takes in the categories that are part of it (PART_OF joins a category only to categories).
MATCH (e:Industry)
WHERE ($after IS NULL OR e.id > $after)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($categoryId IS NULL OR EXISTS {
    (e)-[:IN_CATEGORY]->(:IndustryCategory)-[:PART_OF*0..]->(:IndustryCategory {id: $categoryId})
  })
  AND ($supported IS NULL OR EXISTS { (e)<-[:IN_CATEGORY|PART_OF*0..]-(:Entity)<-[:SUPPORTS]-(:Platform) } = $supported)
RETURN e {.*} AS entity
ORDER BY e.id
LIMIT toInteger($limit)
