// parentId is spelled out: a top-level section has none, and {.*} would leave the key out rather than null.
UNWIND $ids AS id
MATCH (s:Section {id: id})
RETURN id, s {.*, parentId: s.parentId} AS section
