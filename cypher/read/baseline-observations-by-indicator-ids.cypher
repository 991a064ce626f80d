UNWIND $ids AS id
MATCH (o:Observation)-[:BASELINE_OF]->(:Indicator {id: id})
WITH id, o ORDER BY o.ordinal
RETURN id, collect(o {.*}) AS observations
