// type comes from a closed enum (RELATION_TYPES in src/domain/vocabulary.ts), never from user text.
// Evidence travels on the relationship as parallel lists: quotes[i] is text[starts[i]..ends[i]] in sectionIds[i].
UNWIND $relations AS r
MATCH (a:Entity {id: r.fromId})
MATCH (b:Entity {id: r.toId})
CREATE (a)-[rel:$(r.type)]->(b)
SET rel = r.props
