// label comes from a closed enum (ENTITY_LABELS in src/domain/vocabulary.ts), never from user text.
UNWIND $entities AS e
CREATE (n:Entity:$(e.label))
SET n = e.props
