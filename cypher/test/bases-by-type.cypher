// How many curated relationships of each type carry each basis (null: none), over every plan.
MATCH (:Entity)-[r:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->(:Entity)
RETURN type(r) AS type, r.basis AS basis, count(*) AS count
ORDER BY type, basis
