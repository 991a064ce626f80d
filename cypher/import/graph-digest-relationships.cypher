// Every relationship leaving a node a plan owns (every relationship when $planId is null), with its ends
// identified by id (Name nodes by value).
MATCH (a)-[r]->(b)
WHERE $planId IS NULL OR a.planId = $planId
RETURN type(r) AS type, properties(r) AS props, coalesce(a.id, a.value) AS fromKey, coalesce(b.id, b.value) AS toKey
