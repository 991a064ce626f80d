// Waits (up to 300 s) until every index is online, so the first queries after a start are fast and complete.
CALL db.awaitIndexes(300)
