// For the peer (@neo4j/graphql), whose B1 looks an industry up by Industry.name: without it that lookup scans.
// Ours finds names through Name nodes; the harness gives each system the indexes its own queries need.
CREATE INDEX bench_industry_name IF NOT EXISTS FOR (n:Industry) ON (n.name)
