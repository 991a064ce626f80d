// The plan's node: its metadata, source text and dataset hash. It is also an Entity (kind PLAN), so
// institutions can partner with it and the plan can be BASED_ON policies.
// recency is the one definition of "the newest plan", which every read without a plan argument takes
// (`ORDER BY p.recency DESC`): the later end of period first, then the later issue date (a plan whose text prints
// no date after the dated ones of its period), then the id. One string that sorts as that tuple: the year's four
// digits, the ISO date or nothing, the id, joined by a space, which sorts before every digit.
MERGE (p:Plan {id: $plan.id})
SET p = $plan, p:Entity
SET p.recency = toString(p.periodEnd) + ' ' + coalesce(p.issuedOn, '') + ' ' + p.id
RETURN p.id AS id
