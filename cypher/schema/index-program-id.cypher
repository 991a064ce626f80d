// Keyset pagination of Program lists: a range seek on id that also yields id order.
CREATE INDEX program_id IF NOT EXISTS
FOR (n:Program) ON (n.id)
