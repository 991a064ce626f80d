// The size of the benchmarked graph: entities and curated relationships between them.
MATCH (e:Entity)
WITH count(e) AS entities
RETURN entities, COUNT { ()-[:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->() } AS relationships
