UNWIND $ids AS id
MATCH (:Observation {id: id})-[:OBSERVES]->(e:Entity)
WITH id, e ORDER BY e.name, e.id
RETURN id, collect(e {.*, text: null}) AS entities
