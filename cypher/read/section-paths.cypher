// Every section path of a plan, or without one of the newest plan (as section-by-path reads): what
// section(path:) accepts.
MATCH (p:Plan)
WHERE $planId IS NULL OR p.id = $planId
WITH p ORDER BY p.recency DESC LIMIT 1
MATCH (s:Section {planId: p.id})
RETURN s.path AS value
ORDER BY value
