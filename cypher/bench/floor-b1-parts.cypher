// B1 with parts floor: an industry by any spelling of its name, and the platforms that support it or one of its
// parts (what is PART_OF it or IN_CATEGORY below it, at any depth, as cypher/read/related-in.cypher reads them
// with $includeParts), each platform once.
MATCH (:Name {value: $name})-[:NAMES]->(i:Industry)
RETURN i.name AS name, COLLECT {
  MATCH (i)<-[:IN_CATEGORY|PART_OF*0..]-(:Entity)<-[:SUPPORTS]-(p:Platform)
  WITH DISTINCT p
  RETURN p.name ORDER BY p.name
} AS platforms
