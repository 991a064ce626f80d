UNWIND $indicators AS x
CREATE (n:Indicator)
SET n = x
