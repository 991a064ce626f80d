// Finds a plan's Observation nodes when the plan is replaced.
CREATE INDEX observation_plan IF NOT EXISTS
FOR (n:Observation) ON (n.planId)
