// The same indicator in the other plans: the indicators sharing its canonical key (an index seek on the key).
UNWIND $ids AS id
MATCH (i:Indicator {id: id})
MATCH (other:Indicator {key: i.key})
WHERE other.planId <> i.planId
MATCH (p:Plan {id: other.planId})
WITH id, other ORDER BY p.periodStart, p.issuedOn, p.id
RETURN id, collect(other {.*}) AS indicators
