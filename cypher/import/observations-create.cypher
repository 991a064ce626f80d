// An observation written again keeps its node (an upsert by id: see plan-contents-unlink.cypher).
UNWIND $observations AS x
MERGE (n:Observation {id: x.id, planId: x.planId})
SET n = x
