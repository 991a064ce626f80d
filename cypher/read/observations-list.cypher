MATCH (o:Observation)
WHERE $planId IS NULL OR o.planId = $planId
RETURN o {.*} AS observation
ORDER BY o.planId, o.ordinal
