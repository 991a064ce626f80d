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

/** A link as the curated dataset or a draft states it: type and both ends, by name or alias. */
export interface NamedLink {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

export interface LinkScore {
  readonly type: string;
  readonly drafted: number;
  readonly curated: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
}

/**
 * Scores drafted links against the curated ones, per type and in all: a drafted link is right when its type is
 * the curated link's and each end spells that link's end (name or alias). Each curated pair counts once.
 */
export function scoreLinks(
  drafted: readonly NamedLink[],
  curated: readonly NamedLink[],
  entities: readonly CuratedEntity[],
): LinkScore[] {
  const canonical = new Map<string, string>();
  for (const entity of entities) for (const s of entity.spellings) canonical.set(clean(s), entity.name);
  const key = (link: NamedLink) =>
    `${link.type}|${canonical.get(clean(link.from)) ?? `?${link.from}`}|${canonical.get(clean(link.to)) ?? `?${link.to}`}`;
  const truth = new Set(curated.map(key));
  const mine = new Set(drafted.map(key));
  const types = [...new Set([...curated, ...drafted].map((l) => l.type))].sort();
  const score = (type: string): LinkScore => {
    const of = (keys: Set<string>) => [...keys].filter((k) => type === 'ALL' || k.startsWith(`${type}|`));
    const draftedKeys = of(mine);
    const curatedKeys = of(truth);
    const correct = draftedKeys.filter((k) => truth.has(k)).length;
    return {
      type,
      drafted: draftedKeys.length,
      curated: curatedKeys.length,
      correct,
      precision: draftedKeys.length === 0 ? 0 : correct / draftedKeys.length,
      recall: curatedKeys.length === 0 ? 0 : correct / curatedKeys.length,
    };
  };
  return [...types.map(score), score('ALL')];
}
