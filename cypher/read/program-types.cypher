// Every program type of a plan, or of every plan: what programs(type:) accepts.
MATCH (e:Program)
WHERE ($planId IS NULL OR e.planId = $planId) AND e.type IS NOT NULL
RETURN DISTINCT e.type AS value
ORDER BY value
