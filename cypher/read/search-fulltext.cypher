// $query is a Lucene query built from the user's text with every special character escaped. The kind and plan
// filters apply before the LIMIT, so a filtered search still fills its page.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds) AND ($planId IS NULL OR node.planId = $planId)
RETURN node {.*, text: null} AS entity, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
