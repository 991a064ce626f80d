// B2 floor: the first industries by id, their platforms, and the programs relying on each.
MATCH (i:Industry)
WHERE i.id IS NOT NULL // a scan of the id index, already in order
WITH i ORDER BY i.id LIMIT toInteger($first)
RETURN i.name AS name, COLLECT {
  MATCH (i)<-[:SUPPORTS]-(p:Platform)
  WITH p ORDER BY p.name
  RETURN {name: p.name, programs: COLLECT { MATCH (p)<-[:RELIES_ON]-(g:Program) RETURN g.name ORDER BY g.name }}
} AS platforms
