import { ApiError, isAbort } from './api';
import { entityHref } from './router';
import { h, replaceChildren } from './dom';

/** Undoes what a view set up (a graph, listeners) when the next view replaces it. */
export type Cleanup = () => void;

/**
 * Renders one view into `root`. `signal` aborts when the user navigates on: pending requests stop and nothing
 * more is drawn.
 */
export type View<TRoute> = (
  root: HTMLElement,
  route: TRoute,
  signal: AbortSignal,
) => Promise<Cleanup | undefined>;

export function showLoading(root: HTMLElement, what: string): void {
  replaceChildren(root, h('p', { class: 'loading', role: 'status' }, `加载中 Loading ${what}…`));
}

/**
 * Shows a failure in the page (never on the console: the view handles it). Ignores aborts. A name the graph
 * lacks is not a failure: it shows as not found, with the server's suggestions.
 */
export function showError(root: HTMLElement, error: unknown): void {
  if (isAbort(error)) return;
  const suggestions = error instanceof ApiError ? error.notFoundSuggestions : null;
  if (error instanceof ApiError && suggestions !== null) {
    notFound(root, `未找到 Not found: ${error.message}`, suggestions);
    return;
  }
  const message = error instanceof Error ? error.message : `Unexpected failure: ${String(error)}`;
  replaceChildren(root, h('p', { class: 'error', role: 'alert' }, `出错了 Something went wrong: ${message}`));
}

/** A name that names nothing: the message, the close names to follow instead, and the way back. */
export function notFound(
  root: HTMLElement,
  message: string,
  suggestions: readonly string[] = [],
  hrefOf: (suggestion: string) => string = entityHref,
): void {
  replaceChildren(
    root,
    h('p', { class: 'error', role: 'alert' }, message),
    suggestions.length === 0
      ? null
      : h(
          'p',
          { class: 'suggestions' },
          '您是不是要找 Did you mean: ',
          ...suggestions.flatMap((name, i) => [
            i === 0 ? '' : '、',
            h('a', { href: hrefOf(name), 'data-link': true }, name),
          ]),
        ),
    h('p', {}, h('a', { href: '/explore/', 'data-link': true }, '返回搜索 Back to search')),
  );
}
