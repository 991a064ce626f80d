// Every platform type of a plan, or of every plan: what platforms(type:) accepts.
MATCH (e:Platform)
WHERE ($planId IS NULL OR e.planId = $planId) AND e.type IS NOT NULL
RETURN DISTINCT e.type AS value
ORDER BY value
