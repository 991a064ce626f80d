// How many curated relationships of the given types leave each entity (optionally only to these kinds).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT {
  (e)-[r:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->(o:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR o.kind IN $kinds)
} AS count
