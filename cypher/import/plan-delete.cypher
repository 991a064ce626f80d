// Removes a plan and everything it owns, in one statement: the plan's folder was taken out of the data.
CALL () { MATCH (n:Section {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Entity {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Indicator {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Observation {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (n:Name {planId: $planId}) DETACH DELETE n }
CALL () { MATCH (p:Plan {id: $planId}) DETACH DELETE p }
