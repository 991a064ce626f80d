// parentId is spelled out: a top-level section has none, and {.*} would leave the key out rather than null.
UNWIND $ids AS id
MATCH (c:Section)-[:SUBSECTION_OF]->(:Section {id: id})
WITH id, c ORDER BY c.ordinal
RETURN id, collect(c {.*, parentId: c.parentId}) AS sections
