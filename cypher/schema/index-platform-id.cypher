// Keyset pagination of Platform lists: a range seek on id that also yields id order.
CREATE INDEX platform_id IF NOT EXISTS
FOR (n:Platform) ON (n.id)
