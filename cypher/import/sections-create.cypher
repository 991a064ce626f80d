// A section written again keeps its node (an upsert by id: see plan-contents-unlink.cypher); `SET n = s` replaces
// every property, the stale mark included.
UNWIND $sections AS s
MERGE (n:Section {id: s.id, planId: s.planId})
SET n = s
