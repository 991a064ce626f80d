/** Where the explorer is served (Vite's `base`); every route is a real path below it. */
export const BASE = '/explore/';

export type Route =
  | { readonly view: 'search'; readonly query: string }
  | { readonly view: 'entity'; readonly name: string }
  | ({ readonly view: 'graph'; readonly name: string } & GraphState)
  | { readonly view: 'indicators'; readonly order?: IndicatorOrder }
  | ({ readonly view: 'read' } & ReadState);

/**
 * Where the reader is: a section by path (its chapter or any part of it; none: the plan's contents), the plan
 * (none: the newest), and the sentence chosen, by an offset into the plan's text it holds.
 */
export interface ReadState {
  readonly path?: string;
  readonly plan?: string;
  readonly at?: number;
}

/** The plan's own order, or the steepest growth first. */
export type IndicatorOrder = 'plan' | 'growth';

/** What a graph view shows beyond its center, kept in its URL so a view can be shared or reloaded. */
export interface GraphState {
  /** 1 (default) or 2 hops. */
  readonly depth?: number;
  /** The node chosen (selected and expanded). */
  readonly selected?: string;
  /** Kinds left out of the drawing (the legend's switches). */
  readonly hidden?: readonly string[];
}

/**
 * Reads a route from a location: `/explore/?q=珍珠`, `/explore/entity/美丽珍珠`, `/explore/graph/美丽珍珠`,
 * `/explore/indicators`, `/explore/read/五?at=2480`. Anything else is the search page. The server answers every path below /explore with
 * the app, so each of these can be bookmarked or reloaded.
 */
export function parseRoute(pathname: string, search: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
  const slash = rest.indexOf('/');
  const head = slash === -1 ? rest : rest.slice(0, slash);
  const tail = slash === -1 ? '' : safeDecode(rest.slice(slash + 1));
  if (head === 'entity' && tail !== '') return { view: head, name: tail };
  if (head === 'graph' && tail !== '') return { view: head, name: tail, ...graphState(search) };
  if (head === 'read') return { view: head, ...readState(tail, search) };
  if (head === 'indicators')
    return new URLSearchParams(search).get('order') === 'growth'
      ? { view: 'indicators', order: 'growth' }
      : { view: 'indicators' };
  return { view: 'search', query: new URLSearchParams(search).get('q') ?? '' };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'search':
      return route.query === '' ? BASE : `${BASE}?q=${encodeURIComponent(route.query)}`;
    case 'entity':
      return `${BASE}${route.view}/${encodeURIComponent(route.name)}`;
    case 'graph': {
      const params = new URLSearchParams();
      if (route.depth !== undefined && route.depth !== 1) params.set('depth', String(route.depth));
      if (route.selected !== undefined) params.set('selected', route.selected);
      if (route.hidden !== undefined && route.hidden.length > 0) params.set('hide', route.hidden.join(','));
      const query = params.toString();
      return `${BASE}graph/${encodeURIComponent(route.name)}${query === '' ? '' : `?${query}`}`;
    }
    case 'indicators':
      return route.order === 'growth' ? `${BASE}indicators?order=growth` : `${BASE}indicators`;
    case 'read': {
      const params = new URLSearchParams();
      if (route.plan !== undefined) params.set('plan', route.plan);
      if (route.at !== undefined) params.set('at', String(route.at));
      const query = params.toString();
      const path = route.path === undefined ? '' : `/${encodeURIComponent(route.path)}`;
      return `${BASE}read${path}${query === '' ? '' : `?${query}`}`;
    }
  }
}

export const entityHref = (name: string): string => hrefOf({ view: 'entity', name });
export const graphHref = (name: string): string => hrefOf({ view: 'graph', name });
export const searchHref = (query: string): string => hrefOf({ view: 'search', query });

/**
 * The reader at a quote: its chapter (the first step of the section's path), scrolled to the sentence holding
 * `at`. The plan is named by the section's id (`zhuji-2021:五/(一)`), so a quote of an older plan opens that plan.
 */
export function readHref(section: { readonly id: string; readonly path: string }, at: number): string {
  const chapter = section.path.split('/')[0] ?? section.path;
  const plan = section.id.slice(0, Math.max(0, section.id.indexOf(':')));
  return hrefOf({ view: 'read', path: chapter, at, ...(plan === '' ? {} : { plan }) });
}

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

/** Rewrites the address for what the view now shows, without showing it again (a graph's depth or selection). */
export function reflect(route: Route): void {
  const href = hrefOf(route);
  if (href !== location.pathname + location.search) history.replaceState(null, '', href);
}

function readState(path: string, search: string): ReadState {
  const params = new URLSearchParams(search);
  const at = Number(params.get('at') ?? '');
  const plan = params.get('plan') ?? '';
  return {
    ...(path === '' ? {} : { path }),
    ...(plan === '' ? {} : { plan }),
    ...(params.has('at') && Number.isSafeInteger(at) && at >= 0 ? { at } : {}),
  };
}

function graphState(search: string): GraphState {
  const params = new URLSearchParams(search);
  const depth = params.get('depth') === '2' ? 2 : undefined;
  const selected = params.get('selected') ?? undefined;
  const hidden = (params.get('hide') ?? '').split(',').filter((kind) => kind !== '');
  return {
    ...(depth === undefined ? {} : { depth }),
    ...(selected === undefined || selected === '' ? {} : { selected }),
    ...(hidden.length === 0 ? {} : { hidden }),
  };
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
