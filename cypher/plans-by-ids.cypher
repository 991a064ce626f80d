// One row per id that exists; the loader restores key order and fills misses with null.
UNWIND $ids AS id
MATCH (p:Plan {id: id})
RETURN p.id AS id, p.title AS title, p.issuer AS issuer, p.documentNumber AS documentNumber,
       p.issuedOn AS issuedOn, p.periodStart AS periodStart, p.periodEnd AS periodEnd, p.region AS region,
       p.sourceSha256 AS sourceSha256
