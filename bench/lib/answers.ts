/** Whether every system that answered gave the same normalised answer as plan-graph. */
export function answersAgree(answers: Record<string, unknown>): boolean {
  const reference = JSON.stringify(answers['plan-graph']);
  return Object.values(answers).every(
    (answer) => failedAnswer(answer) || JSON.stringify(answer) === reference,
  );
}

/** An answer recorded as `{ error }`: the system could not answer the shape. */
export function failedAnswer(answer: unknown): answer is { error: string } {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer) && 'error' in answer;
}
