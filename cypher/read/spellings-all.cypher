// Every spelling (name, alias, English name, folded) of every entity of $planId (or of every plan, newest plan
// first): the vocabulary a question is read against. Longest spellings first, so the first match is the longest.
MATCH (n:Name)-[:NAMES]->(e:Entity)
WHERE $planId IS NULL OR e.planId = $planId
MATCH (p:Plan {id: e.planId})
RETURN n.value AS value, e {.*, text: null} AS entity
ORDER BY size(n.value) DESC, p.periodEnd DESC, p.issuedOn DESC, e.id
