// What a whole-graph export must hold: every entity, curated relationship between entities, and indicator.
MATCH (e:Entity)
WITH count(e) AS nodes
RETURN nodes,
  COUNT { (:Entity)-[:{{curatedTypes}}]->(:Entity) } AS edges,
  COUNT { (:Indicator) } AS indicators
