// The cross-plan key: the same industry in another plan has the same key.
CREATE INDEX industry_key IF NOT EXISTS
FOR (n:Industry) ON (n.key)
