UNWIND $evidence AS x
MATCH (o:Observation {id: x.ownerId})
MATCH (s:Section {id: x.sectionId})
CREATE (o)-[:EVIDENCE {quote: x.quote, start: x.start, end: x.end, ordinal: x.ordinal}]->(s)
