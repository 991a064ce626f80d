UNWIND $ids AS id
MATCH (o:Observation)-[:OBSERVES]->(:Entity {id: id})
WITH id, o ORDER BY o.planId, o.ordinal
RETURN id, collect(o {.*}) AS observations
