// The table row a written goal restates.
UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:RESTATES]->(t:Indicator)
RETURN id, t {.*} AS indicator
