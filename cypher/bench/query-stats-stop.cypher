// Stops and clears the collection query-stats-collect.cypher started.
CALL db.stats.stop('QUERIES') YIELD success
CALL db.stats.clear('QUERIES') YIELD success AS cleared
RETURN success AND cleared AS success
