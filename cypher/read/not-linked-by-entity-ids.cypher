// For each entity, the entities the text names together with it that the dataset does not link, with the reason
// and the sections (in text order), the other entities in id order.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[n:NOT_LINKED]-(o:Entity)
WITH id, n, o ORDER BY o.id
RETURN id, collect({reason: n.reason, sectionIds: n.sectionIds, other: o {.*, text: null}}) AS notLinked
