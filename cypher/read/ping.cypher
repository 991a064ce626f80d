// Liveness of the database through the same driver path as every query.
RETURN 1 AS ok
