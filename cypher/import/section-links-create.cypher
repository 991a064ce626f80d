// Top-level sections hang off the plan; the others off their parent section.
UNWIND $sections AS s
MATCH (c:Section {id: s.id})
CALL (c, s) {
  WITH c, s WHERE s.parentId IS NULL
  MATCH (p:Plan {id: $planId})
  CREATE (c)-[:SECTION_OF]->(p)
  UNION
  WITH c, s WHERE s.parentId IS NOT NULL
  MATCH (parent:Section {id: s.parentId})
  CREATE (c)-[:SUBSECTION_OF]->(parent)
}
