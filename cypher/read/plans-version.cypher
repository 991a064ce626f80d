// What the graph's data is right now: changes exactly when an import writes a plan.
MATCH (p:Plan)
RETURN p.id AS id, p.datasetHash AS datasetHash
ORDER BY p.id
