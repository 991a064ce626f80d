// An indicator written again keeps its node (an upsert by id: see plan-contents-unlink.cypher).
UNWIND $indicators AS x
MERGE (n:Indicator {id: x.id, planId: x.planId})
SET n = x
