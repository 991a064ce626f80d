// Counting questions (which platform supports the most industries): the entities of $kind, in $planId or every
// plan when null, each with how many distinct entities (of $otherKind, any when null) it has curated
// relationships with, of $types (every curated type when null) and $bases, in $direction ('OUT', 'IN' or
// 'BOTH'). With $includeParts, its parts' relationships (PART_OF, any depth, and IN_CATEGORY below a category)
// count too, as the relation lists read them. Entities with none are left out. Most first, then by name, then by id, at most $first.
MATCH (e:Entity)
WHERE e.kind = $kind AND ($planId IS NULL OR e.planId = $planId)
UNWIND CASE WHEN $includeParts THEN [e] + COLLECT { MATCH (e)<-[:IN_CATEGORY|PART_OF*1..]-(p:Entity) RETURN DISTINCT p } ELSE [e] END AS part
MATCH (part)-[r:{{curatedTypes}}]-(o:Entity)
WHERE ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = part))
  AND ($types IS NULL OR type(r) IN $types) AND ($otherKind IS NULL OR o.kind = $otherKind)
  AND ($bases IS NULL OR r.basis IN $bases) AND (part = e OR o <> e)
WITH e, count(DISTINCT o) AS count
RETURN e {.*, text: null} AS entity, count
ORDER BY count DESC, e.name, e.id
LIMIT toInteger($first)
