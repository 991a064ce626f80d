// label comes from a closed enum in src/import/plan-graph.ts (ENTITY_LABELS), never from user text.
UNWIND $entities AS e
CREATE (n:Entity:$(e.label))
SET n = e.props
