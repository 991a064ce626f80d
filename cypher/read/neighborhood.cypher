// Entities one or two curated relationships away from an entity named by any spelling (newest plan first, or
// within $planId), nearest first then by name, at most $limit besides the center, and every curated relationship among the
// kept entities and the center. With $bases, only links of those bases are followed and returned. No row when
// the name is unknown. The relationships among them are read only when the client selected them ($withRelations).
MATCH (:Name {value: $name})-[:NAMES]->(c:Entity)
WHERE $planId IS NULL OR c.planId = $planId
MATCH (plan:Plan {id: c.planId})
WITH c ORDER BY plan.recency DESC LIMIT 1
CALL (c) {
  MATCH (c)-[r:{{curatedTypes}}]-(o:Entity)
  WHERE o <> c AND ($bases IS NULL OR r.basis IN $bases)
  RETURN DISTINCT o, 1 AS distance
  UNION
  MATCH (c)-[r1:{{curatedTypes}}]-(:Entity)-[r2:{{curatedTypes}}]-(o:Entity)
  WHERE $depth >= 2 AND o <> c AND ($bases IS NULL OR (r1.basis IN $bases AND r2.basis IN $bases))
    AND NOT EXISTS { (c)-[r:{{curatedTypes}}]-(o) WHERE $bases IS NULL OR r.basis IN $bases }
  RETURN DISTINCT o, 2 AS distance
}
WITH c, o, distance ORDER BY distance, o.name, o.id
WITH c, collect(o) AS found
WITH c, found[0..toInteger($limit)] AS kept, size(found) > $limit AS truncated
CALL (c, kept) {
  WITH kept + c AS members WHERE $withRelations
  UNWIND members AS a
  MATCH (a)-[r:{{curatedTypes}}]->(b)
  WHERE b IN members AND ($bases IS NULL OR r.basis IN $bases)
  WITH a, r, b ORDER BY a.id, type(r), b.id
  RETURN collect(r {.*, type: type(r), fromId: a.id, toId: b.id}) AS relations
}
RETURN c {.*, text: null} AS center, [n IN kept | n {.*, text: null}] AS nodes,
  CASE WHEN $withRelations THEN relations END AS relations, truncated
