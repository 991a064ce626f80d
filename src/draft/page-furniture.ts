import { isPageNumber } from '../import/parse/page-number.js';

/**
 * Lines a plan's text carries from the pages it was copied from, not from what it says: page numbers (— 3 —,
 * 第3页 共12页, 3/12) and running heads or feet (a short line the same on every page). The draft reads past them;
 * the text is kept as it is, so quotes stay verbatim.
 */
export interface FurnitureLine {
  /** 1-based, as an editor shows it. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'page number' | 'running head';
}

// A running head repeats on every page: short, the same each time, and at least this often.
const HEAD_REPEATS = 3;
const HEAD_MAX_LENGTH = 40;

export function findPageFurniture(text: string): FurnitureLine[] {
  const lines: { line: number; start: number; end: number; text: string }[] = [];
  let at = 0;
  text.split('\n').forEach((raw, i) => {
    lines.push({ line: i + 1, start: at, end: at + raw.length, text: raw.trim() });
    at += raw.length + 1;
  });
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text !== '') counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const furniture: FurnitureLine[] = [];
  for (const l of lines) {
    if (l.text === '') continue;
    if (isPageNumber(l.text)) furniture.push({ ...l, kind: 'page number' });
    else if (
      (counts.get(l.text) ?? 0) >= HEAD_REPEATS &&
      l.text.length <= HEAD_MAX_LENGTH &&
      // A heading or a table row may repeat (一、 … or | … |) but is part of the text.
      !/^[一二三四五六七八九十]+、|^[(（]|\||\t/u.test(l.text)
    )
      furniture.push({ ...l, kind: 'running head' });
  }
  return furniture;
}
