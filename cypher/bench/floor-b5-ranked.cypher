// B5 ranked floor: platforms whose name holds the phrase, best first (the peer's full-text index on Platform.name).
CALL db.index.fulltext.queryNodes('bench_platform_name_fulltext', $phrase, {limit: 100}) YIELD node
RETURN node.name AS name
