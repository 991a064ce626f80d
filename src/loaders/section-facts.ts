import type { SectionFactRows } from '../db/queries.js';
import type { SectionFactModel } from '../domain/models.js';

/**
 * A section's facts in text order, one per quote: a link with two quotes in the section is two facts (each
 * marks its own sentence), and a link's quotes elsewhere in the plan are left out here.
 */
export function sectionFacts(rows: SectionFactRows): SectionFactModel[] {
  const inSection = new Set(rows.sectionIds);
  const none = { relation: null, entity: null, indicator: null, observation: null };
  const facts: SectionFactModel[] = rows.own.map((row) => {
    switch (row.kind) {
      case 'ENTITY':
        return { ...none, kind: row.kind, evidence: row.evidence, entity: row.owner };
      case 'INDICATOR':
        return { ...none, kind: row.kind, evidence: row.evidence, indicator: row.owner };
      case 'OBSERVATION':
        return { ...none, kind: row.kind, evidence: row.evidence, observation: row.owner };
    }
  });
  for (const relation of rows.links) {
    relation.quotes.forEach((quote, i) => {
      const sectionId = relation.sectionIds[i];
      if (sectionId === undefined || !inSection.has(sectionId)) return;
      const evidence = { quote, start: relation.starts[i] ?? 0, end: relation.ends[i] ?? 0, sectionId };
      facts.push({ ...none, kind: 'LINK', evidence, relation });
    });
  }
  // Text order; at one place, the longer quote first (it holds the shorter), then links before the rest.
  const rank = { LINK: 0, ENTITY: 1, INDICATOR: 2, OBSERVATION: 3 } as const;
  return facts.sort(
    (a, b) =>
      a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end || rank[a.kind] - rank[b.kind],
  );
}
