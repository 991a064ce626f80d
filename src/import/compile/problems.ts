/** One thing wrong with a dataset: the file, the entry in it, and why. */
export interface Problem {
  readonly file: string;
  readonly entry: string;
  readonly reason: string;
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
