// How many curated relationships each entity has in the asked direction, of the asked types and other-end
// kinds and bases: every count a request asks for, of any spec, in one statement.
UNWIND $keys AS k
MATCH (e:Entity {id: k.id})
RETURN k.key AS key, CASE k.direction
  WHEN 'OUT' THEN COUNT {
    (e)-[r:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->(o:Entity)
    WHERE (k.types IS NULL OR type(r) IN k.types) AND (k.kinds IS NULL OR o.kind IN k.kinds)
      AND (k.bases IS NULL OR r.basis IN k.bases)
  }
  ELSE COUNT {
    (e)<-[r:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]-(o:Entity)
    WHERE (k.types IS NULL OR type(r) IN k.types) AND (k.kinds IS NULL OR o.kind IN k.kinds)
      AND (k.bases IS NULL OR r.basis IN k.bases)
  }
END AS count
