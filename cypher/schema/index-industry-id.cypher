// Keyset pagination of Industry lists: a range seek on id that also yields id order.
CREATE INDEX industry_id IF NOT EXISTS
FOR (n:Industry) ON (n.id)
