// How many quotes the graph keeps for one plan: on its curated links (parallel lists) and as EVIDENCE on its
// sections (entities, indicators, observations).
CALL () {
  MATCH (:Entity {planId: $planId})-[r:IN_CATEGORY|PART_OF|SUPPORTS|SERVES|DEVELOPS|RELIES_ON|PARTNERS_WITH|HOSTS|LEADS|BASED_ON]->(:Entity)
  RETURN sum(size(r.quotes)) AS links
}
CALL () {
  MATCH ()-[x:EVIDENCE]->(:Section {planId: $planId})
  RETURN count(x) AS own
}
RETURN links, own
