// $query is a Lucene query built from the user's text with every special character escaped.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($limit)}) YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds) AND ($planId IS NULL OR node.planId = $planId)
RETURN node {.*, text: null} AS entity, score
