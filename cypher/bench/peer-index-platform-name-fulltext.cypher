// For the peer (@neo4j/graphql), whose ranked B5 asks its @fulltext query on Platform.name. The standard analyzer
// makes each Chinese character a word, so a quoted phrase finds the names holding the text, ranked by Lucene
// (the cjk analyzer of our name_words index keeps only character pairs and would miss a one-character text).
CREATE FULLTEXT INDEX bench_platform_name_fulltext IF NOT EXISTS
FOR (n:Platform) ON EACH [n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
