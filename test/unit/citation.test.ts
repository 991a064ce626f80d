import { describe, expect, it } from 'vitest';
import { citeQuote } from '../../src/domain/citation.js';

describe('citeQuote', () => {
  const section = { path: '二/(一)', title: '做强产业平台' };
  const plan = {
    id: 'qingxi-2022',
    title: '青溪县人才发展“十四五”规划',
    issuer: '青溪县人民政府办公室',
    documentNumber: '青政办发〔2022〕7号',
    issuedOn: '2022-03-08',
  };

  it('cites the 文号 and the date as GB/T 7714 asks for a [Z] document, in CSL-JSON and BibTeX alike', () => {
    const cited = citeQuote(plan, section, '建设青溪人才创新港');
    expect(cited.gbt7714).toBe(
      '青溪县人民政府办公室. 青溪县人才发展“十四五”规划: 青政办发〔2022〕7号[Z]. 2022-03-08: 二/(一) 做强产业平台.',
    );
    expect(JSON.parse(cited.cslJson)).toMatchObject({
      number: '青政办发〔2022〕7号',
      issued: { 'date-parts': [[2022, 3, 8]] },
    });
    expect(cited.bibtex).toContain('  date = {2022-03-08},\n  year = {2022},');
  });

  it('leaves out a 文号 or date the plan’s text does not print, instead of printing null', () => {
    const cited = citeQuote({ ...plan, documentNumber: null, issuedOn: null }, section, '建设青溪人才创新港');
    expect(cited.gbt7714).toBe('青溪县人民政府办公室. 青溪县人才发展“十四五”规划[Z]: 二/(一) 做强产业平台.');
    const csl = JSON.parse(cited.cslJson) as Record<string, unknown>;
    expect(csl).not.toHaveProperty('number');
    expect(csl).not.toHaveProperty('issued');
    expect(cited.bibtex).not.toMatch(/number|date|year|null|NaN/);
  });
});
