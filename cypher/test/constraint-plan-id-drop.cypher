// Removes the plan_id constraint to prove readiness notices; constraint-plan-id restores it.
DROP CONSTRAINT plan_id IF EXISTS
