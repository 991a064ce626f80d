/**
 * A plan's text from a file's bytes: UTF-8 as it is (the text is copied unchanged), or GB18030/GBK (the
 * encoding of many government sites' downloads) decoded to UTF-8. A file that is empty, binary, or neither is
 * refused with a reason a user can act on.
 */
export function readPlanText(
  bytes: Uint8Array,
): { text: string; encoding: 'utf-8' | 'gb18030' } | { reason: string } {
  if (bytes.length === 0) return { reason: 'the file is empty' };
  if (bytes.includes(0)) return { reason: 'the file is binary (it holds NUL bytes), not a plan’s text' };
  const decode = (encoding: string) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  const utf8 = decode('utf-8');
  const [text, encoding] = utf8 !== null ? [utf8, 'utf-8' as const] : [decode('gb18030'), 'gb18030' as const];
  if (text === null) return { reason: 'the file is neither UTF-8 nor GB18030/GBK text' };
  if (text.trim() === '') return { reason: 'the file holds only blanks' };
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 50) {
    return { reason: `the file holds ${String(han)} Chinese characters: not the text of a Chinese plan` };
  }
  return { text, encoding };
}
