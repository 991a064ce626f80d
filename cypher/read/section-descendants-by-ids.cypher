// Every section below each one, at any depth, in text order (a heading before what it holds).
// parentId is spelled out: {.*} would leave the key out rather than null.
UNWIND $ids AS id
MATCH (s:Section)-[:SUBSECTION_OF*1..]->(:Section {id: id})
WITH id, s ORDER BY s.start, s.level
RETURN id, collect(s {.*, parentId: s.parentId}) AS sections
