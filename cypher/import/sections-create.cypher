UNWIND $sections AS s
CREATE (n:Section)
SET n = s
