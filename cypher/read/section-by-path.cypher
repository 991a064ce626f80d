// parentId is spelled out: a top-level section has none, and {.*} would leave the key out rather than null.
// Without a plan, the newest plan's section.
MATCH (p:Plan)
WHERE $planId IS NULL OR p.id = $planId
WITH p ORDER BY p.recency DESC LIMIT 1
MATCH (s:Section {planId: p.id, path: $path})
RETURN s {.*, parentId: s.parentId} AS section
