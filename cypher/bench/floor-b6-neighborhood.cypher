// B6 floor: entities within two relationships of a named one, nearest first, at most $limit.
MATCH (:Name {value: $name})-[:NAMES]->(c:Entity)
CALL (c) {
  MATCH (c)-[:{{curatedTypes}}]-(o:Entity) WHERE o <> c
  RETURN DISTINCT o, 1 AS distance
  UNION
  MATCH (c)-[:{{curatedTypes}}]-(:Entity)-[:{{curatedTypes}}]-(o:Entity)
  WHERE o <> c AND NOT EXISTS { (c)-[:{{curatedTypes}}]-(o) }
  RETURN DISTINCT o, 2 AS distance
}
WITH c, o ORDER BY distance, o.name
WITH c, collect(o.name)[0..toInteger($limit)] AS names
RETURN [c.name] + names AS names
