// Without a plan, the newest plan's section.
MATCH (p:Plan)
WHERE $planId IS NULL OR p.id = $planId
WITH p ORDER BY p.periodEnd DESC, p.id DESC LIMIT 1
MATCH (s:Section {planId: p.id, path: $path})
RETURN s {.*} AS section
