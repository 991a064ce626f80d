// Every quote inside each section (its subsections included) and the fact it supports, for the reader.
// Entities, indicators and observations hang their quotes on the section (EVIDENCE). A link keeps its quotes on
// the relationship, as parallel lists with the section of each (relations-create.cypher): the plan's links are
// read once and kept where a quote lies in the section. The curated types are named, as in related-out:
// the records of what the plan does not link (NOT_LINKED) carry sectionIds too, and are no fact.
UNWIND $ids AS id
MATCH (root:Section {id: id})
WITH id, root, COLLECT { MATCH (s:Section)-[:SUBSECTION_OF*0..]->(root) RETURN s.id } AS sectionIds
CALL (root, sectionIds) {
  MATCH (s:Section)<-[x:EVIDENCE]-(o)
  WHERE s.id IN sectionIds
  WITH x, s, o ORDER BY x.start, x.end, o.id
  RETURN collect({
    kind: CASE WHEN o:Indicator THEN 'INDICATOR' WHEN o:Observation THEN 'OBSERVATION' ELSE 'ENTITY' END,
    evidence: {quote: x.quote, start: x.start, end: x.end, sectionId: s.id},
    owner: o {.*, text: null}
  }) AS own
}
CALL (root, sectionIds) {
  MATCH (a:Entity {planId: root.planId})-[r:{{curatedTypes}}]->(b:Entity)
  WHERE any(sectionId IN r.sectionIds WHERE sectionId IN sectionIds)
  WITH a, r, b ORDER BY a.id, type(r), b.id
  RETURN collect(r {.*, type: type(r), fromId: a.id, toId: b.id, viaId: null}) AS links
}
RETURN id, sectionIds, own, links
