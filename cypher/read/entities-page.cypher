// One page of entities of the given kinds (all when $kinds is null), in id order; a plan's text is left out.
MATCH (e:Entity)
WHERE ($after IS NULL OR e.id > $after)
  AND ($planId IS NULL OR e.planId = $planId)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($curation IS NULL OR coalesce(e.curation, 'curated') = $curation)
RETURN e {.*, text: null} AS entity
ORDER BY e.id
LIMIT toInteger($limit)
