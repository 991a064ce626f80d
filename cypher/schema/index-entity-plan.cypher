// Finds a plan's Entity nodes when the plan is replaced.
CREATE INDEX entity_plan IF NOT EXISTS
FOR (n:Entity) ON (n.planId)
