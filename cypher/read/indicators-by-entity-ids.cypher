UNWIND $ids AS id
MATCH (i:Indicator)-[:MEASURES]->(:Entity {id: id})
WITH id, i ORDER BY i.planId, i.ordinal
RETURN id, collect(i {.*}) AS indicators
