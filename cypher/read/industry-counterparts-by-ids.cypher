// The same industry in the other plans: the industries sharing its canonical key (an index seek on the key).
UNWIND $ids AS id
MATCH (i:Industry {id: id})
MATCH (other:Industry {key: i.key})
WHERE other.planId <> i.planId
MATCH (p:Plan {id: other.planId})
WITH id, other ORDER BY p.periodStart, p.issuedOn, p.id
RETURN id, collect(other {.*, text: null}) AS entities
