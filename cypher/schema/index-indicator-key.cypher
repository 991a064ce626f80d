// The cross-plan key: the same indicator in another plan has the same key.
CREATE INDEX indicator_key IF NOT EXISTS
FOR (n:Indicator) ON (n.key)
