import { entityView } from './entity-view';
import { graphView } from './graph-view';
import { indicatorsView } from './indicators-view';
import { readerView } from './reader-view';
import { navigate, startRouter, type Route } from './router';
import { searchView } from './search-view';
import { showError, type Cleanup } from './view';

const SEARCH_DELAY_MS = 250;

const root = required('view', HTMLElement);
const form = required('search-form', HTMLFormElement);
const input = required('search-input', HTMLInputElement);

let current: { readonly controller: AbortController; cleanup: Cleanup | undefined } | undefined;

/** Replaces the shown view: the previous one's requests are aborted and its graph (if any) destroyed. */
function render(route: Route): void {
  if (current !== undefined) {
    current.controller.abort();
    current.cleanup?.();
  }
  const controller = new AbortController();
  const state: { readonly controller: AbortController; cleanup: Cleanup | undefined } = {
    controller,
    cleanup: undefined,
  };
  current = state;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-nav]')) {
    link.classList.toggle('active', link.dataset['nav'] === route.view);
  }
  if (route.view === 'search' && document.activeElement !== input) input.value = route.query;
  root.dataset['view'] = route.view;
  show(route, controller.signal)
    .then((cleanup) => {
      if (controller.signal.aborted) cleanup?.();
      else state.cleanup = cleanup;
    })
    .catch((error: unknown) => {
      if (!controller.signal.aborted) showError(root, error);
    });
}

function show(route: Route, signal: AbortSignal): Promise<Cleanup | undefined> {
  switch (route.view) {
    case 'search':
      return searchView(root, route, signal);
    case 'entity':
      return entityView(root, route, signal);
    case 'graph':
      return graphView(root, route, signal);
    case 'indicators':
      return indicatorsView(root, route, signal);
    case 'read':
      return readerView(root, route, signal);
  }
}

// The search box searches as one types (after a pause) and on Enter.
let timer: number | undefined;
const search = (replace: boolean): void => {
  window.clearTimeout(timer);
  navigate({ view: 'search', query: input.value.trim() }, { replace });
};
const searchSoon = (): void => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    // Typing refines the same search: one history entry, not one per keystroke.
    search(root.dataset['view'] === 'search');
  }, SEARCH_DELAY_MS);
};
// Note: while an input method composes (pinyin → 汉字), the box holds Latin letters: wait for the characters.
input.addEventListener('input', (event) => {
  if (!(event instanceof InputEvent && event.isComposing)) searchSoon();
});
input.addEventListener('compositionend', searchSoon);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(false);
});

startRouter(render);

function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The page has no #${id}.`);
  return element;
}
