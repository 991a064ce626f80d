// Entities this one points to by the given curated relationship types (and, optionally, kinds), by name.
// The types are named ({{curatedTypes}}, put in from the vocabulary when the file loads: src/db/cypher-file.ts)
// so Neo4j expands only curated relationships, never EVIDENCE or MENTIONS.
// With $includeParts, the relationships of its parts too: what is PART_OF it or IN_CATEGORY below it, at any
// depth. Each row's viaId names the part it came through (null for the entity's own link); a part's link to the
// entity itself is the entity's own link, seen from the other end, and is not repeated. Per other end, the
// entity's own link comes first, so a list of entities that keeps each once keeps that row.
// With $nested, each related entity also brings its own related entities for that spec, its parts' included as
// the spec says (look-ahead: the next level of the query costs no statement of its own).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
MATCH (e)<-[:IN_CATEGORY|PART_OF*0..]-(part:Entity)
WHERE $includeParts OR part = e
WITH DISTINCT id, e, part
MATCH (part)-[r:{{curatedTypes}}]->(o:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR o.kind IN $kinds)
  AND ($bases IS NULL OR r.basis IN $bases) AND (part = e OR o <> e)
WITH id, r, o, part, part = e AS own ORDER BY o.name, o.id, own DESC, type(r), part.name, part.id
RETURN id, collect({
  relation: r {.*, type: type(r), fromId: part.id, toId: o.id, viaId: CASE WHEN own THEN null ELSE part.id END},
  other: o {.*, text: null},
  nested: CASE WHEN $nested IS NULL THEN null
    WHEN $nested.direction = 'OUT' THEN COLLECT {
      MATCH (o)<-[:IN_CATEGORY|PART_OF*0..]-(part2:Entity)
      WHERE $nested.includeParts OR part2 = o
      WITH DISTINCT o, part2
      MATCH (part2)-[r2:{{curatedTypes}}]->(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases) AND (part2 = o OR o2 <> o)
      WITH r2, o2, part2, part2 = o AS own2 ORDER BY o2.name, o2.id, own2 DESC, type(r2), part2.name, part2.id
      RETURN {
        relation: r2 {.*, type: type(r2), fromId: part2.id, toId: o2.id, viaId: CASE WHEN own2 THEN null ELSE part2.id END},
        other: o2 {.*, text: null}
      }
    }
    ELSE COLLECT {
      MATCH (o)<-[:IN_CATEGORY|PART_OF*0..]-(part2:Entity)
      WHERE $nested.includeParts OR part2 = o
      WITH DISTINCT o, part2
      MATCH (part2)<-[r2:{{curatedTypes}}]-(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases) AND (part2 = o OR o2 <> o)
      WITH r2, o2, part2, part2 = o AS own2 ORDER BY o2.name, o2.id, own2 DESC, type(r2), part2.name, part2.id
      RETURN {
        relation: r2 {.*, type: type(r2), fromId: o2.id, toId: part2.id, viaId: CASE WHEN own2 THEN null ELSE part2.id END},
        other: o2 {.*, text: null}
      }
    }
  END
}) AS items
