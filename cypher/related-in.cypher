// Entities pointing to this one by the given curated relationship types (and, optionally, kinds), by name.
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[r:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]-(o:Entity)
WHERE ($types IS NULL OR type(r) IN $types) AND ($kinds IS NULL OR o.kind IN $kinds)
WITH id, r, o ORDER BY o.name, o.id, type(r)
RETURN id, collect({relation: r {.*, type: type(r), fromId: o.id, toId: id}, other: o {.*, text: null}}) AS items
