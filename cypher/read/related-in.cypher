// Entities pointing to this one by the given curated relationship types (and, optionally, kinds), by name.
// With $nested, each related entity also brings its own related entities for that spec (see related-out).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
// With $includeParts, the relationships of its parts too (PART_OF, any depth), each row naming the part.
UNWIND CASE WHEN $includeParts THEN [e] + COLLECT { MATCH (e)<-[:PART_OF*1..]-(p:Entity) RETURN DISTINCT p } ELSE [e] END AS part
MATCH (part)<-[r:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]-(o:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR o.kind IN $kinds)
  AND ($bases IS NULL OR r.basis IN $bases) AND (part = e OR o <> e)
WITH id, r, o, part ORDER BY o.name, o.id, type(r), part.id
RETURN id, collect({
  relation: r {.*, type: type(r), fromId: o.id, toId: part.id},
  other: o {.*, text: null},
  nested: CASE WHEN $nested IS NULL THEN null
    WHEN $nested.direction = 'OUT' THEN COLLECT {
      MATCH (o)-[r2:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases)
      WITH r2, o2 ORDER BY o2.name, o2.id, type(r2)
      RETURN {relation: r2 {.*, type: type(r2), fromId: o.id, toId: o2.id}, other: o2 {.*, text: null}}
    }
    ELSE COLLECT {
      MATCH (o)<-[r2:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]-(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases)
      WITH r2, o2 ORDER BY o2.name, o2.id, type(r2)
      RETURN {relation: r2 {.*, type: type(r2), fromId: o2.id, toId: o.id}, other: o2 {.*, text: null}}
    }
  END
}) AS items
