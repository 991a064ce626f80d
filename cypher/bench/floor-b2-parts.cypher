// B2 with parts floor: the first industries by id, the platforms that support each or one of its parts, and the
// programs relying on each platform or one of its parts (PART_OF or IN_CATEGORY below, at any depth, as
// cypher/read/related-in.cypher reads them with $includeParts), each related entity once per parent.
MATCH (i:Industry)
WHERE i.id IS NOT NULL // a scan of the id index, already in order
WITH i ORDER BY i.id LIMIT toInteger($first)
RETURN i.name AS name, COLLECT {
  MATCH (i)<-[:IN_CATEGORY|PART_OF*0..]-(:Entity)<-[:SUPPORTS]-(p:Platform)
  WITH DISTINCT p ORDER BY p.name
  RETURN {name: p.name, programs: COLLECT {
    MATCH (p)<-[:IN_CATEGORY|PART_OF*0..]-(:Entity)<-[:RELIES_ON]-(g:Program)
    WITH DISTINCT g
    RETURN g.name ORDER BY g.name
  }}
} AS platforms
