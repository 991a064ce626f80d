// Every node a plan owns, for a content hash (tests and `npm run import` print it). Not for request paths.
MATCH (n)
WHERE n.planId = $planId
RETURN labels(n) AS labels, properties(n) AS props
