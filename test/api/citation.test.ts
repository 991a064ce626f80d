import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { useApi } from '../helpers/api.js';

const source = readFileSync(fromRoot('data', 'plans', 'zhuji-2021', 'zhuji-talent-plan-2021.txt'), 'utf8');

// The plan as its own text prints it (data/plans/zhuji-2021/plan.yaml, checked against the text by the importer).
const REFERENCE = '诸暨市人民政府办公室. 诸暨市人才发展“十四五”规划: 诸政办发〔2021〕40号[Z]. 2021-10-12';

interface Cited {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly section: { readonly path: string; readonly title: string };
  readonly citation: {
    readonly gbt7714: string;
    readonly quoted: string;
    readonly cslJson: string;
    readonly bibtex: string;
  };
}

const CITED = 'quote start end section { path title } citation { gbt7714 quoted cslJson bibtex }';

describe('citations', () => {
  const api = useApi();

  it('cite every quote of an entity and of its links: GB/T 7714 with the section, CSL-JSON and BibTeX', async () => {
    const result = await api.execute(`{
      industry(name: "美丽珍珠") {
        evidence { ${CITED} }
        relations(direction: IN, types: ["SUPPORTS"]) { evidence { ${CITED} } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const industry = result.data?.['industry'] as { evidence: Cited[]; relations: { evidence: Cited[] }[] };
    const all = [...industry.evidence, ...industry.relations.flatMap((r) => r.evidence)];
    expect(industry.evidence.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(industry.evidence.length);
    for (const { quote, start, end, section, citation } of all) {
      // The quote is the plan's words at its offsets; the citation names where they are.
      expect(source.slice(start, end)).toBe(quote);
      const entry = `${REFERENCE}: ${section.path} ${section.title}.`;
      expect(citation.gbt7714).toBe(entry);
      expect(citation.quoted).toBe(`“${quote}”（${entry}）`);
      expect(JSON.parse(citation.cslJson)).toEqual({
        id: `zhuji-2021:${section.path}`,
        type: 'document',
        title: '诸暨市人才发展“十四五”规划',
        author: [{ literal: '诸暨市人民政府办公室' }],
        number: '诸政办发〔2021〕40号',
        issued: { 'date-parts': [[2021, 10, 12]] },
        section: `${section.path} ${section.title}`,
        note: `“${quote}”`,
        language: 'zh-CN',
      });
      expect(citation.bibtex).toMatch(/^@misc\{zhuji-2021:[\w:-]+,\n/);
      expect(citation.bibtex).toContain('  title = {{诸暨市人才发展“十四五”规划}},\n');
      expect(citation.bibtex).toContain(`  note = {${section.path} ${section.title}: “${quote}”},\n`);
      expect(citation.bibtex).toContain('  date = {2021-10-12},\n');
      // Balanced braces: the entry parses as one BibTeX item.
      let depth = 0;
      for (const c of citation.bibtex.replace(/\\[{}\\]/g, '')) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });
});
