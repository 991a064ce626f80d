MATCH (e:Entity)
WHERE ($planId IS NULL OR e.planId = $planId)
  AND ($kinds IS NULL OR e.kind IN $kinds)
RETURN count(e) AS total
