// Plan metadata as the dataset states it; SET = (not +=) drops properties the dataset no longer has.
MERGE (p:Plan {id: $plan.id})
SET p = $plan
RETURN p.id AS id
