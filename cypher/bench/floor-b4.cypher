// B4 floor: a keyset page of platforms after a given id. Every id sorts after '', so one range seek on the id
// index serves the first page and the deepest alike, already in order.
MATCH (p:Platform)
WHERE p.id > coalesce($after, '')
RETURN p.name AS name
ORDER BY p.id
LIMIT toInteger($first)
