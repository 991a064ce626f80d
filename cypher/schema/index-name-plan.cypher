CREATE INDEX name_plan IF NOT EXISTS
FOR (n:Name) ON (n.planId)
