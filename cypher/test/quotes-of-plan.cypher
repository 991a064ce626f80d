// How many quotes the graph keeps for one plan: on its curated links (parallel lists) and as EVIDENCE on its
// sections (entities, indicators, observations).
CALL () {
  MATCH (:Entity {planId: $planId})-[r:{{curatedTypes}}]->(:Entity)
  RETURN sum(size(r.quotes)) AS links
}
CALL () {
  MATCH ()-[x:EVIDENCE]->(:Section {planId: $planId})
  RETURN count(x) AS own
}
RETURN links, own
