// Indicators (all plans, or within $planId; with $entityIds, only those measuring one of those entities), each
// with its evidence in dataset order and the ids of what it measures; table rows first, in table order.
MATCH (i:Indicator)
WHERE ($planId IS NULL OR i.planId = $planId)
  AND ($entityIds IS NULL OR EXISTS { (i)-[:MEASURES]->(m:Entity) WHERE m.id IN $entityIds })
RETURN i {.*} AS indicator,
  COLLECT {
    MATCH (i)-[x:EVIDENCE]->(s:Section)
    WITH x, s ORDER BY x.ordinal
    RETURN {quote: x.quote, start: x.start, end: x.end, sectionId: s.id}
  } AS evidence,
  COLLECT {
    MATCH (i)-[:MEASURES]->(e:Entity)
    WITH e ORDER BY e.id
    RETURN e.id
  } AS measures
ORDER BY i.planId, i.ordinal
