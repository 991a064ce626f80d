// The written goals that restate a table row (the inverse of restated-by-indicator-ids).
UNWIND $ids AS id
MATCH (w:Indicator)-[:RESTATES]->(:Indicator {id: id})
WITH id, w ORDER BY w.ordinal
RETURN id, collect(w {.*}) AS indicators
