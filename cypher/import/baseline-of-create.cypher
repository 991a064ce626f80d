UNWIND $relations AS r
MATCH (a:Observation {id: r.fromId})
MATCH (b:Indicator {id: r.toId})
CREATE (a)-[rel:BASELINE_OF]->(b)
SET rel = r.props
