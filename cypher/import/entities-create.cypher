// An entity written again keeps its node (an upsert by id: see plan-contents-unlink.cypher); `SET n = e.props`
// replaces every property, the stale mark included. Its kind cannot change under the same id (the id holds the
// kind). label comes from a closed enum (ENTITY_LABELS in src/domain/vocabulary.ts), never from user text.
UNWIND $entities AS e
MERGE (n:Entity {id: e.props.id, planId: e.props.planId})
SET n = e.props, n:$(e.label)
