import * as OpenCC from 'opencc-js/t2cn';

// Note: the package's .d.ts imports './core' without an extension, which NodeNext resolution cannot follow, so its
// types arrive unresolved; this is the signature its README documents.
type ConverterFactory = (options: { from: 't' | 'tw' | 'twp' | 'hk'; to: 'cn' }) => (text: string) => string;

// OpenCC's Traditional (Taiwan, Hong Kong and generic) → Simplified (mainland) tables, phrases before characters.
const toSimplified = (OpenCC as unknown as { Converter: ConverterFactory }).Converter({
  from: 't',
  to: 'cn',
});

/**
 * The one spelling rule for names, shared by the importer (Name nodes, dataset references) and every lookup:
 * NFKC (Ｇ６０ is G60, （ is (), Traditional characters folded to Simplified (諸暨英才計劃 is 诸暨英才计划), trimmed,
 * and Latin case folded (g60 is G60), so a name typed any of those ways finds the entity.
 */
export function normalizeName(name: string): string {
  let folded = folds.get(name);
  if (folded === undefined) {
    folded = toSimplified(name.normalize('NFKC')).trim().toLowerCase();
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(name, folded);
  }
  return folded;
}

// Note: search folds every spelling of every candidate (hundreds a request) and OpenCC's phrase tables cost
// microseconds a call, so the folds of the graph's few thousand spellings are kept; cleared when full, since
// arbitrary user text also passes through here.
const MAX_FOLDS = 20_000;
const folds = new Map<string, string>();

/** Whether folding to Simplified changed the text: it was typed (partly) in Traditional characters. */
export function isTraditional(text: string): boolean {
  const nfkc = text.normalize('NFKC');
  return toSimplified(nfkc) !== nfkc;
}

/**
 * A text with its Traditional characters folded to Simplified, character for character, so that offsets into
 * the folded text are offsets into the original (the drafter reads names on the fold and quotes the original).
 * Where a fold would change the length (a phrase table's rewrite), each character is folded alone; a character
 * whose fold is longer is kept as it is.
 */
export function foldTraditional(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (char) => {
    const one = toSimplified(char);
    return one.length === char.length ? one : char;
  }).join('');
}
