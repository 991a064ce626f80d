MATCH (e:Entity)
WHERE ($planId IS NULL OR e.planId = $planId)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($curation IS NULL OR coalesce(e.curation, 'curated') = $curation)
RETURN count(e) AS total
