// The plan's node: its metadata, source text and dataset hash. It is also an Entity (kind PLAN), so
// institutions can partner with it and the plan can be BASED_ON policies.
MERGE (p:Plan {id: $plan.id})
SET p = $plan, p:Entity
RETURN p.id AS id
