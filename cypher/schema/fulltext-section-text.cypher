CREATE FULLTEXT INDEX section_text IF NOT EXISTS
FOR (n:Section) ON EACH [n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }
