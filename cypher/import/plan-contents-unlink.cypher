// The first statement of a plan's write (same transaction as the rest): takes the plan's lock, removes every
// relationship of what the plan owns, and marks its nodes stale. The writes that follow upsert the nodes with ids
// (clearing the mark) and create the rest anew; plan-contents-sweep.cypher then deletes what is still stale.
// Note: nodes are deleted last, not first. Inside a transaction that has deleted many nodes, every index seek
// costs time in proportion to them (5000 seeks by entity id: 0.6 s, 6.5 s after deleting a ×100 plan's nodes),
// and the writes seek by id for every relationship: deleting first made replacing a ×100 plan take 445 s, 25×
// writing it into an empty store. Removing relationships or setting a property leaves seeks as fast.
// Writing the Plan node first takes its lock: a second import of the same plan waits here until the first
// commits, then replaces what it wrote, so concurrent imports never interleave or duplicate.
MERGE (lock:Plan {id: $planId})
SET lock.importing = true
WITH lock
// What another plan links to one of this plan's entities goes too, as a removal of the entity always took it.
CALL () { MATCH (:Section {planId: $planId})-[r]-() DELETE r }
CALL () { MATCH (n:Entity {planId: $planId})-[r]-() WHERE NOT n:Plan DELETE r }
CALL () { MATCH (:Indicator {planId: $planId})-[r]-() DELETE r }
CALL () { MATCH (:Observation {planId: $planId})-[r]-() DELETE r }
CALL () { MATCH (:Name {planId: $planId})-[r]-() DELETE r }
CALL () { MATCH (n:Section {planId: $planId}) SET n.stale = true }
CALL () { MATCH (n:Entity {planId: $planId}) WHERE NOT n:Plan SET n.stale = true }
CALL () { MATCH (n:Indicator {planId: $planId}) SET n.stale = true }
CALL () { MATCH (n:Observation {planId: $planId}) SET n.stale = true }
CALL () { MATCH (n:Name {planId: $planId}) SET n.stale = true }
