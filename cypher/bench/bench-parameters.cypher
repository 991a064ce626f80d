// The benchmark's parameters for the loaded graph: an industry of middling degree (B1), the hub industry and a
// program serving another industry (B6 path), the least connected connected program (B6 neighbourhood) and how
// many platforms there are (B4).
MATCH (i:Industry)
WITH i, COUNT { (i)<-[:SUPPORTS]-(:Platform) } AS degree
ORDER BY abs(degree - 10), i.id
WITH collect(i.name)[0] AS middling
MATCH (h:Industry)
WITH middling, h ORDER BY COUNT { (h)<-[:SUPPORTS]-(:Platform) } DESC, h.id
WITH middling, collect(h)[0] AS hub
MATCH (s:Program)-[:SERVES]->(other:Industry)
WHERE other <> hub
WITH middling, hub, s ORDER BY s.id
WITH middling, hub, collect(s.name)[0] AS servingProgram
MATCH (g:Program)
WITH middling, hub, servingProgram, g, COUNT { (g)-[:DEVELOPS|SERVES|RELIES_ON]-(:Entity) } AS links
WHERE links > 0
WITH middling, hub, servingProgram, g ORDER BY links, g.id
WITH middling, hub, servingProgram, collect(g.name)[0] AS quietProgram
RETURN middling, hub.name AS hub, servingProgram, quietProgram, COUNT { (:Platform) } AS platforms
