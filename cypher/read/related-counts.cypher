// How many curated relationships each entity has in the asked direction (BOTH: each relationship once), of the
// asked types, other-end kinds and bases, with its parts' (as related-out and related-in list them) when asked:
// every count a request asks for, of any spec, in one statement.
UNWIND $keys AS k
MATCH (e:Entity {id: k.id})
RETURN k.key AS key, COUNT {
  MATCH (e)<-[:IN_CATEGORY|PART_OF*0..]-(part:Entity)
  WHERE k.includeParts OR part = e
  WITH DISTINCT k, e, part
  MATCH (part)-[r:{{curatedTypes}}]-(o:Entity)
  WHERE (k.direction = 'BOTH' OR (k.direction = 'OUT') = (startNode(r) = part))
    AND (k.types IS NULL OR type(r) IN k.types) AND (k.kinds IS NULL OR o.kind IN k.kinds)
    AND (k.bases IS NULL OR r.basis IN k.bases) AND (part = e OR o <> e)
  RETURN DISTINCT r
} AS count
