// Waits until every index is online (the peer's indexes, just created), so no measurement meets one building.
CALL db.awaitIndexes(300)
