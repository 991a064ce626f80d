// Lookup by any spelling (Name.value is NFKC-normalised). Without a plan, the newest plan's entity wins. With
// $nested, the entity's related entities for that spec come along, its parts' included as the spec says
// (look-ahead for lookup { relationships }).
UNWIND $keys AS k
MATCH (:Name {value: k.value})-[:NAMES]->(e:Entity)
WHERE k.planId IS NULL OR e.planId = k.planId
MATCH (p:Plan {id: e.planId})
WITH k, e ORDER BY p.recency DESC
WITH k, collect(e)[0] AS e
RETURN k.key AS key, e {.*, text: null} AS entity, CASE WHEN $nested IS NULL THEN null
    WHEN $nested.direction = 'OUT' THEN COLLECT {
      MATCH (e)<-[:IN_CATEGORY|PART_OF*0..]-(part2:Entity)
      WHERE $nested.includeParts OR part2 = e
      WITH DISTINCT e, part2
      MATCH (part2)-[r2:{{curatedTypes}}]->(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases) AND (part2 = e OR o2 <> e)
      WITH r2, o2, part2, part2 = e AS own2 ORDER BY o2.name, o2.id, own2 DESC, type(r2), part2.name, part2.id
      RETURN {
        relation: r2 {.*, type: type(r2), fromId: part2.id, toId: o2.id, viaId: CASE WHEN own2 THEN null ELSE part2.id END},
        other: o2 {.*, text: null}
      }
    }
    ELSE COLLECT {
      MATCH (e)<-[:IN_CATEGORY|PART_OF*0..]-(part2:Entity)
      WHERE $nested.includeParts OR part2 = e
      WITH DISTINCT e, part2
      MATCH (part2)<-[r2:{{curatedTypes}}]-(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases) AND (part2 = e OR o2 <> e)
      WITH r2, o2, part2, part2 = e AS own2 ORDER BY o2.name, o2.id, own2 DESC, type(r2), part2.name, part2.id
      RETURN {
        relation: r2 {.*, type: type(r2), fromId: o2.id, toId: part2.id, viaId: CASE WHEN own2 THEN null ELSE part2.id END},
        other: o2 {.*, text: null}
      }
    }
  END AS nested
