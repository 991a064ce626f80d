import type { TypedDocumentString } from './__generated__/graphql';

/** The public GraphQL API, on the server that serves the explorer. */
const GRAPHQL_URL = '/graphql';
const TIMEOUT_MS = 15_000;

/** One error of a GraphQL response, as the server words it (src/graphql/errors.ts). */
interface GraphqlError {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly suggestions?: readonly string[] };
}

/** A GraphQL or HTTP failure, with the server's messages (and its errors, when GraphQL gave any). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly errors: readonly GraphqlError[] = [],
  ) {
    super(message);
  }

  /**
   * The names the server suggests when the request named something the graph lacks (a NOT_FOUND error, see
   * the README's “Unknown names and out-of-range arguments”); null for any other failure.
   */
  get notFoundSuggestions(): readonly string[] | null {
    const missing = this.errors.find((error) => error.extensions?.code === 'NOT_FOUND');
    return missing === undefined ? null : (missing.extensions?.suggestions ?? []);
  }
}

/**
 * A root field's answer, which `request` has already shown present: a field the server could not answer
 * carries an error, and an error is an ApiError. Narrows the nullable root fields' types.
 */
export function answered<T>(value: T | null | undefined, field: string): T {
  if (value == null) throw new ApiError(`The server sent no ${field}.`);
  return value;
}

interface GraphqlResponse<TResult> {
  readonly data?: TResult | null;
  readonly errors?: readonly GraphqlError[];
}

/**
 * Runs one typed operation (a `graphql()` document from ./__generated__) as a JSON POST and returns its data.
 * GraphQL errors, HTTP errors and a 15 s timeout become ApiError; aborting via `signal` rejects with the
 * signal's AbortError, which views ignore.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  return post<TResult>(document.toString(), variables, signal);
}

async function post<TResult>(query: string, variables: unknown, signal?: AbortSignal): Promise<TResult> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
    });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    if (timeout.aborted) throw new ApiError(`The server did not answer within ${TIMEOUT_MS / 1000} s.`);
    throw new ApiError(
      `Could not reach the server: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let body: GraphqlResponse<TResult>;
  try {
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new ApiError(`The server answered ${response.status} without JSON.`);
  }
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors);
  }
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new ApiError(`The server answered ${response.status} but sent no data.`);
  }
  return body.data;
}

/** True for the rejection an aborted request gives: a newer view replaced the one that asked. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
