// B5 floor: platforms whose name contains the text (text index on Name.value).
MATCH (n:Name)
WHERE n.value CONTAINS $text
MATCH (n)-[:NAMES]->(p:Platform)
RETURN DISTINCT p.name AS name
LIMIT 100
