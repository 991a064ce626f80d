// B5 unranked floor: platforms with a name containing the text, any 100 (the text index on Name.value).
MATCH (n:Name)
WHERE n.value CONTAINS $text
MATCH (n)-[:NAMES]->(p:Platform)
RETURN DISTINCT p.name AS name
LIMIT 100
