// B1 floor: an industry by any spelling of its name, and the platforms that support it.
MATCH (:Name {value: $name})-[:NAMES]->(i:Industry)
RETURN i.name AS name, COLLECT { MATCH (i)<-[:SUPPORTS]-(p:Platform) RETURN p.name ORDER BY p.name } AS platforms
