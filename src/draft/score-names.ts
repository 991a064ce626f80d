import { DRAFT_KINDS, type DraftKind } from './kind-suffixes.js';
import type { CuratedEntity } from './curated-names.js';

/** A drafted entity: a name and the kind the draft gives it. */
export interface DraftedName {
  readonly name: string;
  readonly kind: DraftKind;
}

export interface KindScore {
  readonly kind: DraftKind | 'ALL';
  readonly drafted: number;
  readonly curated: number;
  /** Drafted names that spell a curated entity of the same kind. */
  readonly correct: number;
  /** Curated entities of the kind that some drafted name of the kind spells. */
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Scores a draft's entities against a curated dataset, per kind and in all: a drafted name is right when it is
 * the name or an alias of a curated entity of the same kind (quotation marks aside); a curated entity is found
 * when a drafted name of its kind spells it. Exact spellings only: a name one character off is wrong.
 */
export function scoreNames(drafted: readonly DraftedName[], curated: readonly CuratedEntity[]): KindScore[] {
  const key = (kind: DraftKind, spelling: string) => `${kind}|${clean(spelling)}`;
  const entityOf = new Map<string, CuratedEntity>();
  for (const entity of curated) for (const s of entity.spellings) entityOf.set(key(entity.kind, s), entity);
  const score = (kind: DraftKind | 'ALL'): KindScore => {
    const mine = drafted.filter((d) => kind === 'ALL' || d.kind === kind);
    const theirs = curated.filter((c) => kind === 'ALL' || c.kind === kind);
    const hits = mine.map((d) => entityOf.get(key(d.kind, d.name)));
    const correct = hits.filter((h) => h !== undefined).length;
    const found = new Set(hits.filter((h) => h !== undefined)).size;
    const precision = mine.length === 0 ? 0 : correct / mine.length;
    const recall = theirs.length === 0 ? 0 : found / theirs.length;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { kind, drafted: mine.length, curated: theirs.length, correct, found, precision, recall, f1 };
  };
  return [...DRAFT_KINDS.map(score), score('ALL')];
}

function clean(spelling: string): string {
  return spelling.replace(/[“”"‘’《》]/gu, '').normalize('NFKC');
}
