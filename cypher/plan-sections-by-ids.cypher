UNWIND $ids AS id
MATCH (c:Section)-[:SECTION_OF]->(:Plan {id: id})
WITH id, c ORDER BY c.ordinal
RETURN id, collect(c {.*}) AS sections
