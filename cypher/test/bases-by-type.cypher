// How many curated relationships of each type carry each basis (null: none), over every plan.
MATCH (:Entity)-[r:{{curatedTypes}}]->(:Entity)
RETURN type(r) AS type, r.basis AS basis, count(*) AS count
ORDER BY type, basis
