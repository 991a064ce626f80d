UNWIND $mentions AS m
MATCH (s:Section {id: m.sectionId})
MATCH (e:Entity {id: m.entityId})
CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text, nested: m.nested}]->(e)
