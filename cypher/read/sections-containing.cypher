// The sections whose text holds $text word for word, deepest first. With $query (two or more characters), the
// cjk full-text index over section text narrows them first; one character has no bigram, so it scans.
CALL (*) {
  WITH * WHERE $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('section_text', $query) YIELD node
  RETURN node AS s
  UNION
  WITH * WHERE $query IS NULL
  MATCH (s:Section)
  RETURN s
}
WITH s
WHERE ($planId IS NULL OR s.planId = $planId) AND s.text CONTAINS $text
RETURN s {.*} AS section
ORDER BY s.level DESC, s.planId, s.start
