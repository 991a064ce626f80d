// Finds a plan's Indicator nodes when the plan is replaced.
CREATE INDEX indicator_plan IF NOT EXISTS
FOR (n:Indicator) ON (n.planId)
