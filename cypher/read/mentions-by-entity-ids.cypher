UNWIND $ids AS id
MATCH (s:Section)-[m:MENTIONS]->(:Entity {id: id})
WITH id, s, m ORDER BY m.start
RETURN id, collect({entityId: id, sectionId: s.id, text: m.text, start: m.start, end: m.end, nested: m.nested}) AS mentions
