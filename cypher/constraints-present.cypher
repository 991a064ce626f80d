// Which of the expected constraints exist and are usable (readiness).
SHOW CONSTRAINTS YIELD name
WHERE name IN $names
RETURN name
