// The size of the benchmarked graph: entities and curated relationships between them.
MATCH (e:Entity)
WITH count(e) AS entities
RETURN entities, COUNT { ()-[:{{curatedTypes}}]->() } AS relationships
