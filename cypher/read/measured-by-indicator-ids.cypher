UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:MEASURES]->(e:Entity)
WITH id, e ORDER BY e.name, e.id
RETURN id, collect(e {.*, text: null}) AS entities
