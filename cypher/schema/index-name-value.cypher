// Lookup of an entity by any of its names (NFKC-normalised).
CREATE INDEX name_value IF NOT EXISTS
FOR (n:Name) ON (n.value)
