UNWIND $observations AS x
CREATE (n:Observation)
SET n = x
