MATCH (p:Plan)
RETURN p {.*, text: null} AS plan
ORDER BY p.periodStart, p.issuedOn, p.id
