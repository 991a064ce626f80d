// The transactions still running whose query contains $marker (this statement holds only the parameter).
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE currentQuery CONTAINS $marker
RETURN transactionId
