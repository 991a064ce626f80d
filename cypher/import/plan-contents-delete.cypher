// Removes everything a plan owns except its Plan node, before the plan is written again (same transaction).
// Writing the Plan node first takes its lock: a second import of the same plan waits here until the first
// commits, then replaces what it wrote, so concurrent imports never interleave or duplicate.
MERGE (lock:Plan {id: $planId})
SET lock.importing = true
WITH lock
CALL () { MATCH (n:Section {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Entity {planId: $planId}) WHERE NOT n:Plan DETACH DELETE n }
CALL () { MATCH (n:Indicator {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Observation {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Name {planId: $planId}) DETACH DELETE n }
