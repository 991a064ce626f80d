MATCH (p:Plan)
RETURN p.id AS id, p.title AS title, p.issuer AS issuer, p.documentNumber AS documentNumber,
       p.issuedOn AS issuedOn, p.periodStart AS periodStart, p.periodEnd AS periodEnd, p.region AS region,
       p.sourceSha256 AS sourceSha256
ORDER BY p.periodStart, p.id
