// The shortest chain between two entities named by any spelling, in one statement: the names are resolved here
// (newest plan first, or within $planId), so the caller learns which name is unknown from fromId/toId.
// {{pathHops}} is the hard cap on hops (Cypher needs a literal bound), $maxHops the caller's; among equally short chains
// the one whose node ids sort first wins, so the same question always gets the same answer. With $bases, only
// links of those bases are walked. Stated hops first: the shortest chain without a READING link, and only when
// none of at most $maxHops exists, the shortest through one. `direct` holds the links that join the two ends
// themselves (of the bases asked), whichever chain was chosen.
// $withRelations and $withDirect say whether the client selected the chain's links and the direct ones: reading
// the links' properties (quotes) and walking around the ends took 5–25 % of the statement on the ×100 bench
// store, so they are read only when asked for; `length` and `throughReading` come with the chain either way.
OPTIONAL CALL {
  MATCH (:Name {value: $from})-[:NAMES]->(e:Entity)
  WHERE $planId IS NULL OR e.planId = $planId
  MATCH (p:Plan {id: e.planId})
  RETURN e AS a ORDER BY p.recency DESC LIMIT 1
}
OPTIONAL CALL {
  MATCH (:Name {value: $to})-[:NAMES]->(e:Entity)
  WHERE $planId IS NULL OR e.planId = $planId
  MATCH (p:Plan {id: e.planId})
  RETURN e AS b ORDER BY p.recency DESC LIMIT 1
}
// The shortest chains of any links first, kept when one of them is stated (and of the bases asked): a stated chain
// can be no shorter than the shortest of all, so the stated ones among them are the shortest stated chains. That
// walk reads no property of the links it expands (about half the work of one testing every link's basis); the
// walk that tests them runs only when none of the shortest chains qualifies.
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:{{curatedTypes}}*..{{pathHops}}]-(b))
  WITH p WHERE length(p) <= $maxHops
    AND all(r IN relationships(p) WHERE ($bases IS NULL OR r.basis IN $bases) AND r.basis <> 'READING')
  RETURN p AS shortestStated ORDER BY [n IN nodes(p) | n.id] LIMIT 1
}
OPTIONAL CALL (a, b, shortestStated) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND shortestStated IS NULL
  MATCH p = allShortestPaths((a)-[:{{curatedTypes}}*..{{pathHops}}]-(b))
  WHERE all(r IN relationships(p) WHERE ($bases IS NULL OR r.basis IN $bases) AND r.basis <> 'READING')
  WITH p WHERE length(p) <= $maxHops
  RETURN p AS longerStated ORDER BY [n IN nodes(p) | n.id] LIMIT 1
}
WITH a, b, coalesce(shortestStated, longerStated) AS stated
OPTIONAL CALL (a, b, stated) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND stated IS NULL
  MATCH p = allShortestPaths((a)-[:{{curatedTypes}}*..{{pathHops}}]-(b))
  WHERE all(r IN relationships(p) WHERE $bases IS NULL OR r.basis IN $bases)
  WITH p WHERE length(p) <= $maxHops
  RETURN p AS reading ORDER BY [n IN nodes(p) | n.id] LIMIT 1
}
WITH a, b, coalesce(stated, reading) AS p
RETURN a {.*, text: null} AS from, b {.*, text: null} AS to,
       CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | n {.*, text: null}] END AS nodes,
       CASE WHEN p IS NULL THEN null ELSE length(p) END AS length,
       CASE WHEN p IS NULL THEN null ELSE any(r IN relationships(p) WHERE r.basis = 'READING') END AS throughReading,
       CASE WHEN p IS NULL OR NOT $withRelations THEN null
         ELSE [r IN relationships(p) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] END AS relations,
       CASE WHEN a IS NULL OR b IS NULL OR NOT $withDirect THEN null ELSE COLLECT {
         MATCH (a)-[r:{{curatedTypes}}]-(b)
         WHERE a <> b AND ($bases IS NULL OR r.basis IN $bases)
         WITH r ORDER BY type(r), startNode(r).id
         RETURN r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}
       } END AS direct
