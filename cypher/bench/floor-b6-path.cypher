// B6 floor: the shortest chain between two named entities, as names.
MATCH (:Name {value: $from})-[:NAMES]->(a:Entity), (:Name {value: $to})-[:NAMES]->(b:Entity)
MATCH p = shortestPath((a)-[:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS names
