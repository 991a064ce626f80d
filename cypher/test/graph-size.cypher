// Every node and relationship in the database: proves a request changed nothing anywhere.
MATCH (n)
WITH count(n) AS nodes
RETURN nodes, COUNT { ()-[]->() } AS relationships
