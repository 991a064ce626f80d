// Which expected indexes (constraints are backed by indexes of the same name) exist, and their state.
SHOW INDEXES YIELD name, state
WHERE name IN $names
RETURN name, state
