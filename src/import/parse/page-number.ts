// A page's number as copies of a PDF or a printed page carry it: — 3 —, ——3——, - 3 -, 3, 第3页 共12页, 3/12.
const PAGE_NUMBER = [
  /^[-—–－─~·•\s]*\d{1,4}[-—–－─~·•\s]*$/u,
  /^第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?$/u,
  /^\d+\s*[/／]\s*\d+$/u,
  /^page\s*\d+(?:\s*of\s*\d+)?$/iu,
];

/** Whether a line (trimmed) is only a page number: no heading, no text of the plan. */
export function isPageNumber(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && PAGE_NUMBER.some((pattern) => pattern.test(trimmed));
}
