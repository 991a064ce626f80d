// The negative answer: the entities of $kinds in the entity's plan that no relationship of $types (any curated
// type when null) links to it or to one of its parts (PART_OF, and IN_CATEGORY below a category, any depth) in
// $direction, by name; each with the NOT_LINKED reason and sections where the text names the two together.
MATCH (e:Entity {id: $id})
WITH e, COLLECT { MATCH (e)<-[:IN_CATEGORY|PART_OF*0..]-(p:Entity) RETURN DISTINCT p } AS selves
MATCH (o:Entity {planId: e.planId})
WHERE o.kind IN $kinds AND NOT o IN selves
  AND NOT EXISTS {
    MATCH (s)-[r:{{curatedTypes}}]-(o)
    WHERE s IN selves AND ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'BOTH' OR ($direction = 'IN') = (endNode(r) = s))
  }
OPTIONAL MATCH (e)-[n:NOT_LINKED]-(o)
WITH o, n ORDER BY o.name, o.id
RETURN o {.*, text: null} AS other, n.reason AS reason, coalesce(n.sectionIds, []) AS sectionIds
