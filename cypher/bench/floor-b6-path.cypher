// B6 floor: the shortest chain between two named entities, as names.
MATCH (:Name {value: $from})-[:NAMES]->(a:Entity), (:Name {value: $to})-[:NAMES]->(b:Entity)
MATCH p = shortestPath((a)-[:{{curatedTypes}}*..{{pathHops}}]-(b))
RETURN [n IN nodes(p) | n.name] AS names
