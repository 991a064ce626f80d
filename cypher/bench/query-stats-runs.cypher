// Every run of the statements collected so far whose text holds $marker, with the time Neo4j spent compiling it:
// planning a statement it has no plan for, or finding the plan in its cache. The collection stops first, so what
// it holds is fixed while it is read; query-stats-stop.cypher clears it.
CALL db.stats.stop('QUERIES') YIELD success
CALL db.stats.retrieve('QUERIES') YIELD data
WITH data WHERE data.query CONTAINS $marker
UNWIND data.invocations AS run
RETURN data.query AS query, run.elapsedCompileTimeInUs AS compileMicros
