/** One thing wrong with a dataset: the file, the entry in it, and why. */
export interface Problem {
  readonly file: string;
  /** The entry as printed: `industries[3] (美丽珍珠)`, `plan.title`, `(file)` … */
  readonly entry: string;
  readonly reason: string;
  /** The list entry the problem is about, when it is one; for code, never printed. */
  readonly at?: EntryRef;
  /** The name the entry refers to that names no entity (`unknown entity "…"`); for code, never printed. */
  readonly unknownEntity?: string;
}

/** An entry of a list in a dataset file: `relations[4]`, and the label printed after it. */
export interface EntryRef {
  readonly list: string;
  readonly index: number;
  readonly label: string;
}

/** The `entry` and `at` of a problem about a list entry: `{ entry: 'relations[4] (label)', at }`. */
export function listEntry(list: string, index: number, label: string): { entry: string; at: EntryRef } {
  return { entry: `${list}[${index}] (${label})`, at: { list, index, label } };
}

export function formatProblem({ file, entry, reason }: Problem): string {
  return `${file}: ${entry}: ${reason}`;
}

/** Thrown with every problem found in every plan folder; nothing was written. */
export class DatasetError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `The dataset has ${problems.length} problem(s); nothing was written:\n  ${problems.map(formatProblem).join('\n  ')}`,
    );
    this.name = 'DatasetError';
  }
}
