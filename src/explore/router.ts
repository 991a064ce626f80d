/** Where the explorer is served (Vite's `base`); every route is a real path below it. */
export const BASE = '/explore/';

export type Route =
  | { readonly view: 'search'; readonly query: string }
  | { readonly view: 'entity'; readonly name: string }
  | { readonly view: 'graph'; readonly name: string }
  | { readonly view: 'indicators' };

/**
 * Reads a route from a location: `/explore/?q=珍珠`, `/explore/entity/美丽珍珠`, `/explore/graph/美丽珍珠`,
 * `/explore/indicators`. Anything else is the search page. The server answers every path below /explore with
 * the app, so each of these can be bookmarked or reloaded.
 */
export function parseRoute(pathname: string, search: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
  const slash = rest.indexOf('/');
  const head = slash === -1 ? rest : rest.slice(0, slash);
  const tail = slash === -1 ? '' : safeDecode(rest.slice(slash + 1));
  if ((head === 'entity' || head === 'graph') && tail !== '') return { view: head, name: tail };
  if (head === 'indicators') return { view: 'indicators' };
  return { view: 'search', query: new URLSearchParams(search).get('q') ?? '' };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'search':
      return route.query === '' ? BASE : `${BASE}?q=${encodeURIComponent(route.query)}`;
    case 'entity':
    case 'graph':
      return `${BASE}${route.view}/${encodeURIComponent(route.name)}`;
    case 'indicators':
      return `${BASE}indicators`;
  }
}

export const entityHref = (name: string): string => hrefOf({ view: 'entity', name });
export const graphHref = (name: string): string => hrefOf({ view: 'graph', name });
export const searchHref = (query: string): string => hrefOf({ view: 'search', query });

type Listener = (route: Route) => void;
let listener: Listener | undefined;

/** Calls `onRoute` now and on every navigation (links marked `data-link`, back/forward, `navigate`). */
export function startRouter(onRoute: Listener): void {
  listener = onRoute;
  window.addEventListener('popstate', () => {
    onRoute(currentRoute());
  });
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.target instanceof Element ? event.target.closest('a[data-link]') : null;
    if (!(anchor instanceof HTMLAnchorElement) || anchor.origin !== location.origin) return;
    event.preventDefault();
    navigateTo(anchor.pathname + anchor.search);
  });
  onRoute(currentRoute());
}

export function currentRoute(): Route {
  return parseRoute(location.pathname, location.search);
}

/** Goes to a route; `replace` rewrites the current history entry (typing in the search box). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  navigateTo(hrefOf(route), options.replace ?? false);
}

function navigateTo(href: string, replace = false): void {
  if (href === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.scrollTo(0, 0);
  listener?.(currentRoute());
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
