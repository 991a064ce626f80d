// B4 floor: a keyset page of platforms after a given id.
MATCH (p:Platform)
WHERE $after IS NULL OR p.id > $after
RETURN p.name AS name
ORDER BY p.id
LIMIT toInteger($first)
