// What a whole-graph export must hold: every entity, curated relationship between entities, and indicator.
MATCH (e:Entity)
WITH count(e) AS nodes
RETURN nodes,
  COUNT { (:Entity)-[:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->(:Entity) } AS edges,
  COUNT { (:Indicator) } AS indicators
