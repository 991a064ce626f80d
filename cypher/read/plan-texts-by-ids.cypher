UNWIND $ids AS id
MATCH (p:Plan {id: id})
RETURN id, p.text AS text
