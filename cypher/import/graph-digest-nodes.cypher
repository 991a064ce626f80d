// Every node a plan owns (every node at all when $planId is null), for a content hash (tests and `npm run import`
// print it). Not for request paths.
MATCH (n)
WHERE $planId IS NULL OR n.planId = $planId
RETURN labels(n) AS labels, properties(n) AS props
