UNWIND $ids AS id
MATCH (s:Section {id: id})
RETURN id, s {.*} AS section
