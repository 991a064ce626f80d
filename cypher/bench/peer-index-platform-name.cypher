// For the peer (@neo4j/graphql), whose B5 filters Platform.name with CONTAINS: a text index serves that.
CREATE TEXT INDEX bench_platform_name IF NOT EXISTS FOR (n:Platform) ON (n.name)
