/**
 * The one spelling rule for names, shared by the importer (Name nodes, dataset references) and every lookup:
 * NFKC (Ｇ６０ is G60, （ is (), trimmed, and Latin case folded (g60 is G60), so a name typed any of those ways
 * finds the entity.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
