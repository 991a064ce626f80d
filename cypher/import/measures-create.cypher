UNWIND $relations AS r
MATCH (a:Indicator {id: r.fromId})
MATCH (b:Entity {id: r.toId})
CREATE (a)-[rel:MEASURES]->(b)
SET rel = r.props
