import { isAbort } from './api';
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

/** Shows a failure in the page (never on the console: the view handles it). Ignores aborts. */
export function showError(root: HTMLElement, error: unknown): void {
  if (isAbort(error)) return;
  const message = error instanceof Error ? error.message : `Unexpected failure: ${String(error)}`;
  replaceChildren(root, h('p', { class: 'error', role: 'alert' }, `出错了 Something went wrong: ${message}`));
}

export function notFound(root: HTMLElement, message: string): void {
  replaceChildren(
    root,
    h('p', { class: 'error', role: 'alert' }, message),
    h('p', {}, h('a', { href: '/explore/', 'data-link': true }, '返回搜索 Back to search')),
  );
}
