// The last statement of a plan's write: deletes what the new version did not write again, every node
// plan-contents-unlink.cypher marked stale and no upsert cleared (all the old Name nodes; the sections, entities,
// indicators and observations the plan no longer has). Their relationships went first; DETACH keeps a stray
// one from failing the write.
CALL () { MATCH (n:Name {planId: $planId}) WHERE n.stale DETACH DELETE n }
CALL () { MATCH (n:Section {planId: $planId}) WHERE n.stale DETACH DELETE n }
CALL () { MATCH (n:Entity {planId: $planId}) WHERE n.stale AND NOT n:Plan DETACH DELETE n }
CALL () { MATCH (n:Indicator {planId: $planId}) WHERE n.stale DETACH DELETE n }
CALL () { MATCH (n:Observation {planId: $planId}) WHERE n.stale DETACH DELETE n }
