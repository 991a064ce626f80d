UNWIND $relations AS r
MATCH (a:Observation {id: r.fromId})
MATCH (b:Entity {id: r.toId})
CREATE (a)-[rel:OBSERVES]->(b)
SET rel = r.props
