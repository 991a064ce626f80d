UNWIND $relations AS r
MATCH (a:Indicator {id: r.fromId})
MATCH (b:Indicator {id: r.toId})
CREATE (a)-[rel:RESTATES]->(b)
SET rel = r.props
