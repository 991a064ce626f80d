UNWIND $ids AS id
MATCH (c:Section)-[:SUBSECTION_OF]->(:Section {id: id})
WITH id, c ORDER BY c.ordinal
RETURN id, collect(c {.*}) AS sections
