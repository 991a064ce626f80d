// Removes everything a plan owns except its Plan node, before the plan is written again (same transaction).
CALL () { MATCH (n:Section {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Entity {planId: $planId}) WHERE NOT n:Plan DETACH DELETE n }
CALL () { MATCH (n:Indicator {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Observation {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Name {planId: $planId}) DETACH DELETE n }
