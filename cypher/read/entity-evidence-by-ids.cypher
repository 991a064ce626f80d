UNWIND $ids AS id
MATCH (o:Entity {id: id})-[x:EVIDENCE]->(s:Section)
WITH id, x, s ORDER BY x.ordinal
RETURN id, collect({quote: x.quote, start: x.start, end: x.end, sectionId: s.id}) AS evidence
