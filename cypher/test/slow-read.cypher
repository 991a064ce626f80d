// plan-graph-test-slow-read: a read that runs for minutes, for deadline and transaction-timeout tests.
UNWIND range(1, toInteger($n)) AS x
RETURN count(x) AS n
