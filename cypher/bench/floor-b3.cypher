// B3 floor: counts per parent, without fetching the children.
MATCH (i:Industry)
WHERE i.id IS NOT NULL // a scan of the id index, already in order
WITH i ORDER BY i.id LIMIT toInteger($first)
RETURN i.name AS name, COUNT { (i)<-[:SUPPORTS]-(:Platform) } AS platforms, COUNT { (i)<-[:SERVES]-(:Program) } AS programs
