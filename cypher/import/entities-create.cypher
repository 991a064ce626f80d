// label comes from a closed enum in src/domain/vocabulary.ts (ENTITY_LABELS), never from user text.
UNWIND $entities AS e
CREATE (n:Entity:$(e.label))
SET n = e.props
