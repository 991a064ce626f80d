// B3 floor: counts per parent, without fetching the children.
MATCH (i:Industry)
WITH i ORDER BY i.id LIMIT toInteger($first)
RETURN i.name AS name, COUNT { (i)<-[:SUPPORTS]-(:Platform) } AS platforms, COUNT { (i)<-[:SERVES]-(:Program) } AS programs
