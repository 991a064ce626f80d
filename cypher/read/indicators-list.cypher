MATCH (i:Indicator)
WHERE ($planId IS NULL OR i.planId = $planId)
  AND ($category IS NULL OR i.category = $category)
  AND ($fromTable IS NULL OR i.fromTable = $fromTable)
  AND ($increment IS NULL OR i.increment = $increment)
  AND ($bounds IS NULL OR i.comparator IN $bounds)
RETURN i {.*} AS indicator
ORDER BY i.planId, i.ordinal
