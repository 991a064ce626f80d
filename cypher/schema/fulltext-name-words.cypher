// Chinese full-text search over every spelling (name, alias, English name; folded): the cjk analyzer indexes
// character bigrams, and Latin words whole.
CREATE FULLTEXT INDEX name_words IF NOT EXISTS
FOR (n:Name) ON EACH [n.value]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }
