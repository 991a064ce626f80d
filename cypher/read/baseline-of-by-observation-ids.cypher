UNWIND $ids AS id
MATCH (:Observation {id: id})-[:BASELINE_OF]->(i:Indicator)
RETURN id, i {.*} AS indicator
