// Starts Neo4j's collection of query statistics (db.stats, in Community too): each statement's plans, with the
// time spent compiling each invocation. It stops by itself after $seconds.
CALL db.stats.collect('QUERIES', {durationSeconds: toInteger($seconds)}) YIELD success
RETURN success
