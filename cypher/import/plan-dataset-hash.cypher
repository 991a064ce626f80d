// The hash of the dataset the stored plan was built from; no row when the plan is not in the graph.
MATCH (p:Plan {id: $planId})
RETURN p.datasetHash AS datasetHash
