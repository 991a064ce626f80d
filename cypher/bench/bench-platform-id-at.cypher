// The id of the platform at a position in id order (0-based): the keyset cursor of a deep page.
MATCH (p:Platform)
WITH p ORDER BY p.id
SKIP toInteger($position) LIMIT 1
RETURN p.id AS id
