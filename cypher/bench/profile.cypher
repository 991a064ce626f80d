// bench/plans.ts: the prefix that makes Neo4j run a recorded statement with its plan profiled (db hits and rows
// per operator in the result's summary).
PROFILE
