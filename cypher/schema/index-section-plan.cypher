// Finds a plan's Section nodes when the plan is replaced.
CREATE INDEX section_plan IF NOT EXISTS
FOR (n:Section) ON (n.planId)
