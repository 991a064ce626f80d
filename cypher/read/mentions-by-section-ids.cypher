// A section's mentions include its subsections'.
UNWIND $ids AS id
MATCH (s:Section)-[:SUBSECTION_OF*0..]->(:Section {id: id})
MATCH (s)-[m:MENTIONS]->(e:Entity)
WITH id, s, m, e ORDER BY m.start, m.end DESC, e.id
RETURN id, collect({entityId: e.id, sectionId: s.id, text: m.text, start: m.start, end: m.end, nested: m.nested}) AS mentions
