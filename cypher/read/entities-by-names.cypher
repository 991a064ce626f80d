// Lookup by any spelling (Name.value is NFKC-normalised). Without a plan, the newest plan's entity wins. With
// $nested, the entity's related entities for that spec come along (look-ahead for lookup { relationships }).
UNWIND $keys AS k
MATCH (:Name {value: k.value})-[:NAMES]->(e:Entity)
WHERE k.planId IS NULL OR e.planId = k.planId
MATCH (p:Plan {id: e.planId})
WITH k, e ORDER BY p.periodEnd DESC, p.issuedOn DESC, p.id DESC
WITH k, collect(e)[0] AS e
RETURN k.key AS key, e {.*, text: null} AS entity, CASE WHEN $nested IS NULL THEN null
    WHEN $nested.direction = 'OUT' THEN COLLECT {
      MATCH (e)-[r2:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases)
      WITH r2, o2 ORDER BY o2.name, o2.id, type(r2)
      RETURN {relation: r2 {.*, type: type(r2), fromId: e.id, toId: o2.id}, other: o2 {.*, text: null}}
    }
    ELSE COLLECT {
      MATCH (e)<-[r2:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]-(o2:Entity)
      WHERE ($nested.types IS NULL OR type(r2) IN $nested.types) AND ($nested.kinds IS NULL OR o2.kind IN $nested.kinds)
        AND ($nested.bases IS NULL OR r2.basis IN $nested.bases)
      WITH r2, o2 ORDER BY o2.name, o2.id, type(r2)
      RETURN {relation: r2 {.*, type: type(r2), fromId: o2.id, toId: e.id}, other: o2 {.*, text: null}}
    }
  END AS nested
