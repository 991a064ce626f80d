// The pairs the text names together that the dataset does not link (relation-decisions.yaml), each with the
// reason: NOT_LINKED is no relation between the two, so no read that walks the curated types ever follows it.
UNWIND $pairs AS x
MATCH (a:Entity {id: x.aId})
MATCH (b:Entity {id: x.bId})
CREATE (a)-[:NOT_LINKED {reason: x.reason, sectionIds: x.sectionIds}]->(b)
