// The shortest chain over curated relationships in either direction; 6 is the hard cap on hops (Cypher needs a
// literal bound), $maxHops the caller's, applied to the paths found. Among equally short chains the one whose
// node ids sort first wins, so the same question always gets the same answer.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON*..6]-(b))
WITH p WHERE length(p) <= $maxHops
ORDER BY [n IN nodes(p) | n.id]
LIMIT 1
RETURN [n IN nodes(p) | n {.*, text: null}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS relations
