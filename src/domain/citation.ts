import type { CitationModel, PlanModel, SectionModel } from './models.js';

type CitedPlan = Pick<PlanModel, 'id' | 'title' | 'issuer' | 'documentNumber' | 'issuedOn'>;
type CitedSection = Pick<SectionModel, 'path' | 'title'>;

/**
 * A quote of `plan` inside `section`, cited as GB/T 7714-2015 asks for a document of type [Z] (其他): 主要责任者.
 * 题名: 其他题名信息[Z]. 出版年: 引文位置 — the 文号 as the other title information, the signing date as the date, the
 * section (path and title) where a book would give pages. `quoted` puts the quote first, as a paper quotes it.
 * CSL-JSON and BibTeX carry the same fields for reference managers.
 */
export function citeQuote(plan: CitedPlan, section: CitedSection, quote: string): CitationModel {
  const locator = section.title === '' ? section.path : `${section.path} ${section.title}`;
  // A plan whose text prints no 文号 or no date is cited without it.
  const number = plan.documentNumber === null ? '' : `: ${plan.documentNumber}`;
  const date = plan.issuedOn === null ? '' : `. ${plan.issuedOn}`;
  const gbt7714 = `${plan.issuer}. ${plan.title}${number}[Z]${date}: ${locator}.`;
  const [year, month, day] = (plan.issuedOn ?? '').split('-').map(Number);
  const csl = {
    id: `${plan.id}:${section.path}`,
    type: 'document',
    title: plan.title,
    author: [{ literal: plan.issuer }],
    ...(plan.documentNumber === null ? {} : { number: plan.documentNumber }),
    ...(plan.issuedOn === null
      ? {}
      : {
          issued: {
            'date-parts': [[year, month, day].filter((part) => part !== undefined && !Number.isNaN(part))],
          },
        }),
    section: locator,
    note: `“${quote}”`,
    language: 'zh-CN',
  };
  const bibtex = [
    `@misc{${bibKey(plan.id, section.path)},`,
    `  author = {{${bibText(plan.issuer)}}},`,
    `  title = {{${bibText(plan.title)}}},`,
    ...(plan.documentNumber === null ? [] : [`  number = {${bibText(plan.documentNumber)}},`]),
    ...(plan.issuedOn === null ? [] : [`  date = {${plan.issuedOn}},`, `  year = {${String(year)}},`]),
    `  note = {${bibText(`${locator}: “${quote}”`)}},`,
    `  language = {Chinese},`,
    '}',
  ].join('\n');
  return { gbt7714, quoted: `“${quote}”（${gbt7714}）`, cslJson: JSON.stringify(csl), bibtex };
}

/** A BibTeX key of letters, digits, - and : only: the plan id and the section path's position. */
function bibKey(planId: string, path: string): string {
  const position = Array.from(path)
    .map((c) => (/[\w-]/.test(c) ? c : c === '/' ? '-' : (c.codePointAt(0) ?? 0).toString(16)))
    .join('');
  return `${planId}:${position}`;
}

/** Braces and backslashes would end or escape a BibTeX field: they are escaped. */
function bibText(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`);
}
