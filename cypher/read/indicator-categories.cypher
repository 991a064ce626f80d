// Every indicator category (一级指标 or theme) of a plan, or of every plan: what indicators(category:) accepts.
MATCH (i:Indicator)
WHERE ($planId IS NULL OR i.planId = $planId) AND i.category IS NOT NULL
RETURN DISTINCT i.category AS value
ORDER BY value
